from attrition.nlp.phrases import PhraseIndex, PhraseSets
from attrition.nlp.segment import split_sentences


def test_sentences_and_offsets_round_trip():
    text = "Gen. Smith arrived in the U.S. on Monday. He left.\n\nNew paragraph here! Another?"
    ss = split_sentences(text)
    assert [s for _, _, s in ss] == ["Gen. Smith arrived in the U.S. on Monday.", "He left.", "New paragraph here!", "Another?"]
    for a, b, s in ss:
        assert text[a:b] == s


def test_hard_wrapped_wire_copy_keeps_its_sentences():
    text = "URBAN TERRORISTS BLEW UP A POWER PYLON IN THE\nCAPITAL ON MONDAY.  POLICE SAID NOBODY WAS HURT."
    ss = [s for _, _, s in split_sentences(text)]
    assert len(ss) == 2 and ss[0].endswith("MONDAY.")


def test_headings_stand_alone():
    text = "Clashes between the Taliban and ISIS-K\nISIS-K and the Taliban had several clashes."
    assert len(split_sentences(text)) == 2


def test_phrase_index_prefers_the_longest_whole_word_match():
    idx = PhraseIndex(["ISIS", "ISIS-K", "IS", "Kabul", "Kabul airport"])
    found = [m.group(0) for m in idx.finditer("ISIS-K hit Kabul airport; ISIS denied; THIS IS-KP")]
    assert found == ["ISIS-K", "Kabul airport", "ISIS"]


def test_case_insensitive_index_keeps_offsets():
    idx = PhraseIndex(["suicide bomber"], case_sensitive=False)
    text = "A Suicide Bomber struck."
    m = next(idx.finditer(text))
    assert text[m.start():m.end()] == "Suicide Bomber"


def test_phrase_sets_find_the_lists_each_index_finds():
    lists = {"gun": ["gun", "gunfire", "gun-"], "fire": ["gunfire", "fire"], "car": ["car bomb", "car"],
             "bomb": ["car bomb-maker", "bomb"], "kp": ["is-kp"], "is": ["is"], "none": []}
    sets = PhraseSets(lists)
    for text in ("Gunfire near a car bomb-maker", "gun-runners", "gun- fire", "THIS IS-KP", "car-bomb", "carbomb", "IS-",
                 "a car bomb-maker's car bombs", "", "Gun"):
        expected = {name for name, words in lists.items() if PhraseIndex(words, case_sensitive=False).search(text)}
        assert sets.present(text) == expected, text


def test_hard_wrapped_line_after_an_abbreviation_goes_on():
    text = "POLICE ARE INVESTIGATING THE MURDER OF TWO YOUNG U.S.\nCITIZENS IN LA PAZ.\nTHE CASE IS OPEN."
    assert [s for _, _, s in split_sentences(text)] == [
        "POLICE ARE INVESTIGATING THE MURDER OF TWO YOUNG U.S.\nCITIZENS IN LA PAZ.", "THE CASE IS OPEN."]


def test_a_metadata_line_under_a_headline_stands_alone():
    text = "Junta airstrike on Rakhine village kills 40, Arakan Army says\nPublished: 2025-01-09\n\nYANGON - A strike."
    assert [s for _, _, s in split_sentences(text)] == [
        "Junta airstrike on Rakhine village kills 40, Arakan Army says", "Published: 2025-01-09", "YANGON - A strike."]
    text = "Gunmen kill five in a long headline that runs on and on here\nBy Jane Doe\n\nBody."
    assert [s for _, _, s in split_sentences(text)][:2] == ["Gunmen kill five in a long headline that runs on and on here", "By Jane Doe"]
    # hard-wrapped copy whose next line only starts with such a word goes on
    text = "THE ARMY SAID TODAY THAT IT HAD, AFTER A LONG FIGHT\nBY THE RIVER, KILLED THREE MEN."
    assert len(split_sentences(text)) == 1


def test_a_phrase_with_its_article_gives_way_to_a_longer_one_after_the_article_where_asked():
    from attrition.nlp.phrases import PhraseGroups
    lists = {"a": ["the islamic state", "islamic state khorasan"], "b": ["the islamic state", "islamic state khorasan"]}
    found = PhraseGroups(lists, articles_yield=("a",)).finditer("The Islamic State Khorasan group said")
    assert found["a"] == [(4, 26, "islamic state khorasan")]
    assert found["b"] == [(0, 17, "the islamic state")]  # left to right, as before


def test_a_headline_of_two_stories_splits_at_its_semicolon_and_prose_does_not():
    text = "Russian missiles kill 20 in Odesa; drones hit Kharkiv overnight\nPublished: 2024-03-15\n\nBody one; two."
    assert [s for _, _, s in split_sentences(text)] == [
        "Russian missiles kill 20 in Odesa", "drones hit Kharkiv overnight", "Published: 2024-03-15", "Body one; two."]


def test_a_tables_rows_and_a_lists_items_are_sentences_of_their_own():
    text = ("| Date | Location | Incident |\n|---|---|---|\n| 4 March | Bannu | Militants attacked a police post |\n"
            "| 6 March | Lakki Marwat | IED blast hit a convoy |")
    rows = [s for _, _, s in split_sentences(text)]
    assert rows[-2:] == ["| 4 March | Bannu | Militants attacked a police post |", "| 6 March | Lakki Marwat | IED blast hit a convoy |"]
    text = "Incidents this week:\n- Bannu: two policemen killed in an attack\n* Tank: three soldiers wounded in a blast"
    assert [s for _, _, s in split_sentences(text)] == [
        "Incidents this week:", "- Bannu: two policemen killed in an attack", "* Tank: three soldiers wounded in a blast"]
    # hard-wrapped prose and wire copy's "--" keep their sentences
    text = "GUNMEN KILLED TWO POLICEMEN IN THE TOWN OF\n-- [TEXT] ACCORDING TO THE REPORT, THEY FLED"
    assert len(split_sentences(text)) == 1


def test_each_row_of_a_table_of_incidents_is_its_own_event(extractor):
    from attrition.records import Document
    text = ("Weekly security update\n\n| Date | Location | Incident |\n|---|---|---|\n"
            "| 4 March | Bannu | Militants attacked a police post |\n| 6 March | Lakki Marwat | An IED blast hit a convoy |\n"
            "| 9 March | Peshawar | Gunmen shot dead a shopkeeper |")
    evs = extractor.analyse(Document(id="t", text=text, published="2024-03-11")).events
    assert sorted((e.date, e.location.name) for e in evs) == [
        ("2024-03-04", "Bannu"), ("2024-03-06", "Lakki Marwat"), ("2024-03-09", "Peshawar")]


def test_a_long_headline_ends_where_the_dateline_line_begins():
    text = ("Clashes between rival armed groups kill 27 in Libyan capital\nTRIPOLI, Jan 24, 2024 (Reuters) -\n\n"
            "Fighting killed 27 people.")
    assert [s for _, _, s in split_sentences(text)][:2] == [
        "Clashes between rival armed groups kill 27 in Libyan capital", "TRIPOLI, Jan 24, 2024 (Reuters) -"]
    # (hard-wrapped capitals and prose running on to a place in capitals keep their sentence)
    assert len(split_sentences("GUNMEN KILLED TWO POLICEMEN IN THE TOWN OF\nLIMA, WHERE THEY FLED")) == 1
    assert len(split_sentences("The officials said that gunmen had killed two policemen in the town of\n"
                               "Kabul on Monday.")) == 1


def test_a_date_line_under_a_headline_stands_apart():
    for text, date_line in [
        ("LIVE | Gaza strikes, northern Gaza siege - as it happened\nWednesday 23 October 2024\n\nText here.",
         "Wednesday 23 October 2024"),
        ("LIVE: Sudan army retakes palace\nFriday 21 March 2025 | Last updated 17:52 Khartoum\n\nText.",
         "Friday 21 March 2025 | Last updated 17:52 Khartoum"),
        ("Army retakes palace\nMarch 21, 2025\n\nText.", "March 21, 2025"),
    ]:
        assert date_line in [s for _, _, s in split_sentences(text)]
