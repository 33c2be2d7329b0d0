"""Shared word lists and the light text rules built on them (titles, sentence ends); no heavy imports, so
extract, dedup and analyze can all use them."""
