"""pipeline.run.Lines: the line a sentence starts on, and its group field, read once a line."""
from extractors.categories import category_of_group_field
from pipeline.run import Lines
from pipeline.sentences import Sentence
from pipeline.structure import Block, Context

TEXT = '{"领域":"教育","目标":"新建学位800个"}\n没有字段的一行，完成12个。\n{"所属领域":"养老服务","目标":"床位60张"}'


def _sentences(block: Block, starts: list[int]) -> list[Sentence]:
    return [Sentence(i, block.start + at, block.end, block.text[at:], block) for i, at in enumerate(starts)]


def _block() -> Block:
    return Block("paragraph", 50, 50 + len(TEXT), TEXT, Context())


def _expected_line(at: int) -> str:
    return TEXT[TEXT.rfind("\n", 0, at) + 1:].split("\n", 1)[0]


def test_the_line_a_sentence_starts_on():
    block = _block()
    starts = [0, 5, TEXT.index("没有"), TEXT.index("完成"), TEXT.rindex("\n"), TEXT.rindex("\n") + 1, len(TEXT) - 1]
    lines = Lines()
    for sentence, at in zip(_sentences(block, starts), starts):
        assert lines.text(sentence) == _expected_line(at)


def test_each_line_its_own_group_field():
    block = _block()
    at = [3, TEXT.index("完成"), TEXT.rindex("床位")]
    lines = Lines()
    found = [lines.group_field(s) for s in _sentences(block, at)]
    assert found == [category_of_group_field(_expected_line(a)) for a in at]
    assert found[0] is not None and found[1] is None and found[2] is not None and found[0] != found[2]


def test_lines_of_two_blocks_are_kept_apart():
    first, second = _block(), Block("paragraph", 0, 12, "没有字段的一行，完成12个。", Context())
    lines = Lines()
    assert lines.group_field(_sentences(first, [0])[0]) is not None
    assert lines.group_field(_sentences(second, [0])[0]) is None
