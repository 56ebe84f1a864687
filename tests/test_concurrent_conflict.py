"""A concurrent writer storing a conflicting id must cost only that article, not the batch."""

import json

from newsweave import pipeline
from newsweave.model import Article
from newsweave.store.sqlite import SQLiteStore


class RacingStore(SQLiteStore):
    """Another process writes id 'b' (other content) between our check and our insert."""

    raced = False

    def transaction(self):
        # the batch's writes run in one transaction: the other writer gets in just before it starts
        if not self.raced and not self.conn.in_transaction:
            self.raced = True
            other = SQLiteStore(self.path)  # a second connection, as another process would have
            other.put_articles([Article(id="b", source="elsewhere", fmt="txt", raw="x", extracted="x",
                                        text="A different body written by the other writer, long enough.")])
            other.close()
        return super().transaction()


def test_conflict_rejects_only_the_conflicting_article(tmp_path, settings):
    f = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "The Saltmere ferry adds a late crossing from March, the harbour board said on Friday."},
        {"id": "b", "text": "Gull Point lighthouse was relit on Tuesday after two years of repairs, the trust said."},
        {"id": "c", "text": "The Portvale council voted seven to two to widen the quay road before the summer season."},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    store = RacingStore(tmp_path / "r.db")
    rep = pipeline.ingest([str(f)], store, settings)
    assert rep.stored == 2
    assert [r.code for r in rep.rejects] == ["E201"]
    assert store.get_article("b").source == "elsewhere"
    assert {a.id for a in store.iter_articles()} == {"a", "b", "c"}
    store.close()
