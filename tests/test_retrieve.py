from qa.retrieve import reciprocal_rank_fusion


def test_reciprocal_rank_fusion_rewards_agreement():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60)
    assert max(fused, key=fused.get) == "b"
    assert fused["a"] == 1 / 61
    assert fused["b"] == 1 / 62 + 1 / 61
