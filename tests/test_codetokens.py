"""The shared tokenizer of code read without a parser (pipeline/codetokens.py). Made-up lines."""
from pipeline.codetokens import token_pattern


def _tokens(language: str, text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in token_pattern(language).finditer(text) if m.lastgroup != "space"]


def test_a_script_key_ends_at_its_colon_and_comments_are_tokens():
    assert _tokens("javascript", "{ name: '新增床位(张)', data: [12, 3.5] } // 注") == [
        ("open", "{"), ("word", "name"), ("colon", ":"), ("string", "'新增床位(张)'"), ("sep", ","),
        ("word", "data"), ("colon", ":"), ("open", "["), ("number", "12"), ("sep", ","), ("number", "3.5"),
        ("close", "]"), ("close", "}"), ("comment", "// 注")]


def test_r_namespace_is_one_word_but_a_single_colon_is_a_key_sign():
    assert _tokens("r_python", "tibble::tribble(~项目, 12L)") == [
        ("word", "tibble::tribble"), ("open", "("), ("tilde", "~"), ("word", "项目"), ("sep", ","),
        ("number", "12L"), ("close", ")")]
    # a Python dict keyed by a name: the name stops before its `:` (it was read as `项目:`)
    assert _tokens("r_python", "{项目: [3]}")[:3] == [("open", "{"), ("word", "项目"), ("key", ":")]


def test_every_character_falls_in_a_token():
    text = "df$列 <- c(`年度 目标` = 8) # 注\nx == y"
    for language in ("javascript", "r_python"):
        assert "".join(m.group() for m in token_pattern(language).finditer(text)) == text
