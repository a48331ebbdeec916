"""dragoman: news articles in, dated and source-linked political events out."""
