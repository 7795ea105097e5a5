"""minsheng: documents in, one structured record per quantity mention out."""
