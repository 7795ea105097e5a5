"""Imported by the forkserver of `minsheng extract --workers N` before it forks the worker
processes: the language data (jieba's dictionaries, the tables) is loaded once, here, and
every worker starts with it in memory instead of spending half a second loading it again."""
from .batch import warm_up

warm_up()
