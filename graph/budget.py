"""The parse-memory budget: long articles cut into small pieces, ``nlp.pipe`` batches bounded by characters.

spaCy's memory grows with the length of the texts parsed at once (about 3 GB per
million characters in one Doc with the small English model). A batch of 16
pieces of a million characters each took 9 GB for one 3 MB article. Here a piece is
at most `PIECE_CHARS` characters and a batch at most `BATCH_CHARS` in total (a piece
longer than that is a batch of its own), so that peak memory is bounded whatever
the article; ordinary articles (a few thousand characters) are batched as before.
"""

__all__ = ["PIECE_CHARS", "BATCH_CHARS", "char_batches", "pipe"]

#: Longest piece of an article parsed as one Doc (cut at a line break, else a space; see `actorgraph.pipeline.pieces`).
PIECE_CHARS = 100_000
#: Most characters parsed in one ``nlp.pipe`` batch.
BATCH_CHARS = 200_000


def char_batches(items, *, batch_size, max_chars=BATCH_CHARS):
    """Yield lists of ``(text, context)`` items: at most `batch_size` items and `max_chars` characters each.

    An item longer than `max_chars` is a batch of its own.

    Examples
    --------
    >>> items = [("a" * 5, 1), ("b" * 5, 2), ("c" * 20, 3), ("d", 4)]
    >>> [[n for _, n in batch] for batch in char_batches(items, batch_size=16, max_chars=10)]
    [[1, 2], [3], [4]]
    """
    batch, chars = [], 0
    for item in items:
        size = len(item[0])
        if batch and (len(batch) >= batch_size or chars + size > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += size
    if batch:
        yield batch


def pipe(nlp, items, *, batch_size, max_chars=BATCH_CHARS):
    """Yield ``(doc, context)`` for ``(text, context)`` items, as ``nlp.pipe(items, as_tuples=True)`` does.

    Each `char_batches` batch is one ``nlp.pipe`` call, so that no more than
    `max_chars` characters are in the pipeline at once.
    """
    for batch in char_batches(items, batch_size=batch_size, max_chars=max_chars):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
