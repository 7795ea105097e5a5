"""SQL dumps read as tables (pipeline/sqldump.py). Made-up dumps in the styles of
mysqldump, pg_dump and sqlite's `.dump`."""
import pytest

from pipeline.columns import reading_order
from pipeline.document import Document
from pipeline.run import analyse
from pipeline.sqldump import sql_regions

_MYSQL = """-- MySQL dump 10.13  Distrib 8.0.30
-- 数据集：某县2031年为民办实事项目进度
DROP TABLE IF EXISTS `ssxm`;
CREATE TABLE `ssxm` (
  `xh` int(11) NOT NULL AUTO_INCREMENT,
  `mc` varchar(80) NOT NULL COMMENT '项目名称',
  `dw` varchar(10) DEFAULT NULL COMMENT '计量单位',
  `mb` decimal(10,2) DEFAULT NULL COMMENT '年度目标',
  `wc` decimal(10,2) DEFAULT NULL COMMENT '累计完成',
  `tz` decimal(10,1) DEFAULT NULL COMMENT '总投资(万元)',
  PRIMARY KEY (`xh`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4;
/*!40000 ALTER TABLE `ssxm` DISABLE KEYS */;
INSERT INTO `ssxm` VALUES (1,'新增普惠托位','个',420.00,315.00,630.0),(2,'农村公路提质改造','公里',85.00,NULL,5200.0),
(3,'老年助餐服务','万人次',12.50,9.80,NULL);
/*!40000 ALTER TABLE `ssxm` ENABLE KEYS */;
"""

_POSTGRES = """--
-- PostgreSQL database dump
--
CREATE TABLE public.progress (
    id integer NOT NULL,
    "项目" text,
    "计划投资_亿元" numeric(8,2),
    "计划新增_个" integer,
    "累计完成_个" integer
);
INSERT INTO public.progress (id, "项目", "计划新增_个", "累计完成_个", "计划投资_亿元") VALUES (7, '城区公办幼儿园', 6, 4, 1.35);
INSERT INTO public.progress (id, "项目", "计划新增_个", "累计完成_个", "计划投资_亿元") VALUES (8, '社区嵌入式养老服务站', 15, NULL, 0.42);
"""

_SQLITE = """PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE items(rowid INTEGER PRIMARY KEY, name TEXT, target_note TEXT, "新建公厕_座" REAL, "改造公厕_座" REAL);
INSERT INTO items VALUES(1,'城乡公厕','it''s planned',40,25);
INSERT INTO items VALUES(2,'景区公厕','/* not a comment */',12,8);
COMMIT;
"""


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    for r in records:
        assert text[r.start:r.end] == r.text
    return {r.text: r for r in records}


def test_comments_name_the_columns_and_each_values_tuple_is_a_row():
    order = reading_order(_MYSQL)
    assert order is not None
    assert "项目名称\t计量单位\t年度目标\t累计完成\t总投资(万元)\n新增普惠托位\t个\t420.00\t315.00\t630.0\n" in order.text
    assert "农村公路提质改造\t公里\t85.00\t/\t5200.0\n老年助餐服务\t万人次\t12.50\t9.80\t/\n" in order.text


def test_each_cell_takes_its_row_s_unit_and_its_column_s_stance_and_money_unit():
    found = _records(_MYSQL)
    assert (found["420.00"].value, found["420.00"].unit, found["420.00"].stance) == (420, "个", "target")
    assert (found["315.00"].stance, found["315.00"].indicator) == ("achieved", "普惠托位")
    assert (found["12.50"].value, found["12.50"].unit) == (125_000, "人次")
    assert (found["5200.0"].value, found["5200.0"].unit) == (52_000_000, "元")


def test_row_ids_null_column_types_and_dump_comments_are_no_figures():
    texts = set(_records(_MYSQL))
    for word in ("1", "2", "3", "11", "80", "10", "4", "8.0.30", "40000", "NULL"):
        assert word not in texts
    assert "2031" not in {t for t in texts if t != "2031年"}


def test_an_insert_s_column_list_orders_the_cells_and_a_name_s_suffix_is_its_unit():
    found = _records(_POSTGRES)
    assert (found["1.35"].value, found["1.35"].unit) == (135_000_000, "元")
    assert (found["6"].unit, found["6"].stance) == ("个", "target")
    assert (found["4"].unit, found["4"].stance) == ("个", "achieved")
    assert "7" not in found and "8" not in found
    assert sql_regions(_POSTGRES)[0][0] == _POSTGRES.index("CREATE TABLE")


def test_sqlite_names_without_quotes_and_quotes_inside_strings():
    found = _records(_SQLITE)
    assert (found["40"].unit, found["25"].unit) == ("座", "座")
    assert "1" not in found and "2" not in found
    order = reading_order(_SQLITE)
    assert order is not None and "景区公厕\t/* not a comment */\t12\t8\n" in order.text


def test_prose_that_mentions_insert_into_is_left_alone():
    text = "系统管理员执行 INSERT INTO 操作后，新增托位300个已录入平台。\n"
    assert sql_regions(text) == []
    assert sql_regions("INSERT INTO t VALUES (1, 2);\n") == []          # too few columns


def test_a_quote_left_open_ends_at_its_line_and_the_next_rows_are_read():
    text = _MYSQL.replace("(3,'老年助餐服务'", "(3,'老年助餐服务")
    found = _records(text)
    assert (found["420.00"].unit, found["85.00"].unit) == ("个", "公里")
    assert [r for r in sql_regions("INSERT INTO t VALUES ('abc\n")] == []


def test_a_dump_file_on_disk_with_the_sql_suffix_is_loaded_and_read(tmp_path):
    # the suffix must reach the text reader from the loaders' lazy map, not only from its @register
    from pipeline import extract

    path = tmp_path / "ssxm.sql"
    path.write_text(_MYSQL, encoding="utf-8")
    assert {"420.00", "315.00"} <= {r.text for r in extract(path)}


# pg_dump's default output: the rows in a COPY block, the column comments and the row id's
# sequence stated apart from the table (made-up table of a made-up town)
_PG_COPY = """--
-- PostgreSQL database dump
--
CREATE TABLE public.jdgl (
    gid integer NOT NULL,
    xmmc character varying(100),
    jhsl numeric(10,2),
    wcsl numeric(10,2),
    jldw character varying(8)
);
COMMENT ON COLUMN public.jdgl.xmmc IS '项目名称';
COMMENT ON COLUMN public.jdgl.jhsl IS '计划数量';
COMMENT ON COLUMN public.jdgl.wcsl IS '完成数量';
COMMENT ON COLUMN public.jdgl.jldw IS '单位';
ALTER TABLE ONLY public.jdgl ALTER COLUMN gid SET DEFAULT nextval('public.jdgl_gid_seq'::regclass);
COPY public.jdgl (gid, xmmc, jhsl, wcsl, jldw) FROM stdin;
57\t镇卫生院发热门诊改造\t3.00\t2.00\t个
58\t背街小巷路面翻新\t41.00\t\\N\t条
\\.
"""


def test_a_pg_dump_copy_block_reads_as_rows_with_its_column_comments():
    order = reading_order(_PG_COPY)
    assert order is not None
    assert "项目名称\t计划数量\t完成数量\t单位\n镇卫生院发热门诊改造\t3.00\t2.00\t个\n背街小巷路面翻新\t41.00\t/\t条\n" in order.text
    found = _records(_PG_COPY)
    assert (found["41.00"].unit, found["41.00"].stance) == ("条", "target")
    assert (found["2.00"].unit, found["2.00"].stance) == ("个", "achieved")
    assert "57" not in found and "58" not in found          # the sequence's row ids


def test_a_copy_block_crlf_lines_and_an_unclosed_block():
    crlf = _PG_COPY.replace("\n", "\r\n")
    assert "41.00" in _records(crlf)
    assert sql_regions(_PG_COPY.replace("\\.\n", "")) == []


@pytest.mark.parametrize("verb", ["INSERT IGNORE INTO", "REPLACE INTO", "INSERT OR REPLACE INTO", "insert into"])
def test_insert_variants_and_multi_row_values(verb):
    text = (f"CREATE TABLE gc (xm_id INTEGER, mc TEXT, \"新建_座\" REAL, \"改建_座\" REAL);\n"
            f"{verb} gc VALUES (301,'乡镇公厕',18,7),\n  (302,'农贸市场公厕',5,3);\n")
    found = _records(text)
    assert (found["18"].unit, found["3"].unit) == ("座", "座")
    assert "301" not in found and "302" not in found          # a key column (`…_id`)
