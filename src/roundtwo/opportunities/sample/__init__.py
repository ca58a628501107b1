"""Files of the sample opportunity that are not text: the spoken answer of its rehearsal."""
