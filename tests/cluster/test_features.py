from newsweave.cluster.features import TermStats, day_number, key_terms, lead_text, sparse_dot, term_features, words


def test_words_normalise_numbers_and_drop_stop_words():
    assert words("The 8,000 dockers and 8.000 Hafenarbeiter; rate 4,4 or 4.4") == [
        "8000", "dockers", "8000", "hafenarbeiter", "rate", "4.4", "4.4"]


def test_key_terms_skip_lone_sentence_starts():
    text = ("Officials met on Friday. The Portvale harbour authority approved it, chair Marta Kellner said. "
            "Kellner added that Saltmere Island would benefit. Ferries are late.")
    keys = key_terms(text)
    assert "marta kellner" in keys and "saltmere island" in keys
    assert "officials" not in keys and "ferries" not in keys  # capitalised only as sentence starts
    assert "kellner" not in keys  # lone at a sentence start, never mid-sentence on its own


def test_day_number_and_lead():
    assert day_number("2025-01-02") - day_number("2025-01-01") == 1
    assert day_number(None) is None and day_number("2025-13-40") is None
    lead = lead_text("Title here", "word " * 200, 50)
    assert lead.startswith("Title here. word") and len(lead) <= len("Title here. ") + 50


def test_term_features_are_unit_vectors_and_count_documents():
    st = TermStats()
    t1, k1, n1 = term_features("Ferry to Saltmere", "The Saltmere ferry leaves at night. " * 3, st,
                               title_boost=3, max_terms=10, max_keys=5)
    t2, _, _ = term_features("Fire at Dunmore mill", "A fire gutted the Dunmore mill.", st,
                             title_boost=3, max_terms=10, max_keys=5)
    assert st.n_docs == 2 and abs(sparse_dot(t1, t1) - 1) < 1e-9 and abs(sparse_dot(k1, k1) - 1) < 1e-9
    assert n1 > 0 and sparse_dot(t1, t2) < 0.2
