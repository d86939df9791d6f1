"""The first person of a bylined text is the one person its byline names."""


def _first(rec):
    return next((a for a in rec.actors if (a.link_reason or "").startswith("first person")), None)


def test_a_bylined_remark_is_its_author_s(run_text):
    rec = run_text("I want to sincerely thank President Tebboune for his hospitality.",
                   published="2022-03-10", url="https://www.state.gov/press-availability-x/",
                   author="Wendy R. Sherman, Deputy Secretary of State")
    thanks = [e for e in rec.events if e.type == "SUPPORT"]
    names = {a.id: a.name for a in rec.actors}
    assert thanks and [names[x] for x in thanks[0].actor] == ["Wendy Sherman"]


def test_an_office_byline_keeps_the_publisher_s_voice(run_text):
    rec = run_text("I want to sincerely thank President Tebboune for his hospitality.",
                   published="2022-03-10", url="https://www.state.gov/press-availability-x/",
                   author="Office of the Spokesperson")
    assert _first(rec) is not None and _first(rec).name == "Antony Blinken"


def test_a_header_author_line_is_read(tmp_path):
    from rapport.ingest import read
    f = tmp_path / "a.txt"
    f.write_text("url: https://www.state.gov/x/\npublished: 2022-03-10\ntitle: T\n"
                 "author: Wendy R. Sherman, Deputy Secretary of State\n---\nHello.\n")
    doc = next(iter(read([str(f)])))
    assert doc.author == "Wendy R. Sherman, Deputy Secretary of State"


def test_a_joint_statement_of_ministers_speaks_for_their_states(run_text):
    rec = run_text("We urge the DPRK to return to negotiations.", published="2022-06-01",
                   url="https://www.state.gov/joint-statement-x/",
                   title="Joint Statement by Secretary of State Antony J. Blinken, Japanese Minister for "
                         "Foreign Affairs Hayashi Yoshimasa, and Republic of Korea Minister of Foreign "
                         "Affairs Park Jin")
    asks = [e for e in rec.events if e.type == "REQUEST"]
    names = {a.id: a.name for a in rec.actors}
    assert asks and sorted(names[x] for x in asks[0].actor) == ["Japan", "South Korea", "United States"]


def test_a_title_author_named_before_words_the_title_runs_on_with(run_text):
    rec = run_text("I’ve asked Congress to pass a budget.", published="2022-02-14",
                   url="https://www.whitehouse.gov/x",
                   title="Statement by President Biden Four Years After the Parkland Shooting")
    assert _first(rec) is not None and _first(rec).name == "Joe Biden"
    rec = run_text("I’ve asked Congress to pass a budget.", published="2022-02-14",
                   url="https://www.whitehouse.gov/x",
                   title="Statement by the White House Press Office Regarding Trade")
    assert _first(rec) is None or _first(rec).name == "Joe Biden"


def test_a_title_author_is_named_as_the_title_spells_them(run_text):
    rec = run_text("I spoke with Canadian National Security Advisor Jody Thomas.", published="2022-02-13",
                   url="https://www.whitehouse.gov/x",
                   title="Statement by White House Homeland Security Advisor Dr. Liz Sherwood-Randall")
    assert _first(rec).name == "Liz Sherwood-Randall" and _first(rec).canonical == "Elizabeth Sherwood-Randall"
    rec = run_text("I spoke with President Zelenskyy.", published="2022-02-13",
                   url="https://www.whitehouse.gov/x", title="Statement by President Biden on Ukraine")
    assert _first(rec).name == "Joe Biden"


def test_titles_of_a_statement_of_someone_and_remarks_as_prepared_name_the_speaker(run_text):
    rec = run_text("I want to thank the service members of U.S. Transportation Command for their role.",
                   published="2022-05-01", url="https://www.whitehouse.gov/x",
                   title="Remarks as Prepared for Delivery by First Lady Jill Biden at Operation Fly Formula Event")
    assert _first(rec) is not None and _first(rec).name == "Jill Biden"
    rec = run_text("I spoke with President Zelenskyy.", published="2022-04-07", url="https://www.whitehouse.gov/x",
                   title="Statement of President Joe Biden on the UN Vote Suspending Russia")
    assert _first(rec) is not None and _first(rec).name == "Joe Biden"


def test_a_portfolio_word_before_a_name_is_no_part_of_it(run_text):
    rec = run_text("Senior Advisor to the President on Migration Amy Pope announced new assistance. White House "
                   "Communications Director Pili Tobar said the talks went well.", published="2021-06-10",
                   url="https://www.whitehouse.gov/x/")
    names = {a.name for a in rec.actors if a.kind == "person"}
    assert {"Amy Pope", "Pili Tobar"} <= names, names


def test_titles_in_a_list_of_legislators_are_no_names(run_text):
    rec = run_text("Jennifer Klein met with state legislative leaders on Monday in Washington to discuss abortion."
                   "\n\nState legislative leaders from today’s meeting included:\n\n"
                   "- Kansas Senate Minority Whip Pat Pettey\n\n- Kansas House Minority Caucus Chair Barbara Ballard"
                   "\n\n- Louisiana Representative Mandie Landry", published="2022-07-01",
                   url="https://www.whitehouse.gov/x/")
    names = {a.name for a in rec.actors if a.kind == "person"}
    assert {"Pat Pettey", "Barbara Ballard", "Mandie Landry"} <= names, names
    assert not any("Chair" in n or "Whip" in n for n in names), names
