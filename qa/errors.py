"""Domain errors. Library code raises these; the CLI and the UI turn them into one clear message."""


class ArticleQAError(Exception):
    """Base class of every error article-qa raises on purpose."""


class SettingsError(ArticleQAError, ValueError):
    """A setting (flag or ARTICLE_QA_* variable) has a value we cannot use."""


class InputError(ArticleQAError):
    """A file or record could not be read as an article; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexMismatchError(ArticleQAError):
    """The index on disk was built by another embedder than the one configured."""


class IndexBusyError(ArticleQAError):
    """Another process is writing to the index."""


class QuestionError(ArticleQAError, ValueError):
    """The question cannot be asked as given (empty, too long)."""


class NotFoundError(ArticleQAError, KeyError):
    """An article id that the index does not hold."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"
