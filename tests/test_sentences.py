from qa.sentences import sentence_spans


def _sentences(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentence_spans_split_on_terminal_punctuation():
    assert _sentences("Iran called. The U.S. answered! Did they meet? Yes.") == [
        "Iran called.",
        "The U.S. answered!",
        "Did they meet?",
        "Yes.",
    ]


def test_sentence_spans_keep_abbreviations_and_initials():
    text = "Mr. Smith met Dr. J. Doe in Washington, D.C. on Jan. 5. They talked."
    assert _sentences(text) == ["Mr. Smith met Dr. J. Doe in Washington, D.C. on Jan. 5.", "They talked."]


def test_sentence_spans_never_cross_a_newline():
    assert _sentences("A headline without a period\nThe story starts here. It goes on.") == [
        "A headline without a period",
        "The story starts here.",
        "It goes on.",
    ]


def test_sentence_spans_close_quotes_belong_to_the_sentence():
    assert _sentences("He said “we may meet.” Then he left.") == ["He said “we may meet.”", "Then he left."]


def test_sentence_spans_offsets_are_exact():
    text = "  One sentence here.   Another one there.  "
    for start, end in sentence_spans(text):
        assert text[start:end].strip() == text[start:end]
