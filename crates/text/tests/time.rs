//! Temporal expressions resolved against the publication date.

use chrono::NaiveDate;
use entente_model::{DatePrecision, EventDate, Span};
use entente_text::{find_timexes, future_context, Timex, Tokens};

use DatePrecision::{Day, Month, Week, Year};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Wednesday 4 December 2019, the seed article's date.
fn wed() -> NaiveDate {
    d(2019, 12, 4)
}

fn find(text: &str, pub_date: NaiveDate) -> Vec<(String, Timex)> {
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    let mut out = Vec::new();
    find_timexes(text, &t, 0..t.len(), pub_date, &mut out);
    out.into_iter()
        .map(|x| (x.span.slice(text).to_string(), x))
        .collect()
}

fn ev(date: NaiveDate, precision: DatePrecision) -> EventDate {
    EventDate { date, precision }
}

/// Exactly one timex with this text and these readings.
#[track_caller]
fn one(text: &str, pub_date: NaiveDate, span: &str, past: EventDate, future: EventDate) {
    let found = find(text, pub_date);
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    assert_eq!(found[0].0, span, "{text:?}");
    assert_eq!(found[0].1.past, past, "past reading of {text:?}");
    assert_eq!(found[0].1.future, future, "future reading of {text:?}");
}

#[track_caller]
fn same(text: &str, pub_date: NaiveDate, span: &str, e: EventDate) {
    one(text, pub_date, span, e, e);
}

#[track_caller]
fn none(text: &str, pub_date: NaiveDate) {
    let found = find(text, pub_date);
    assert!(found.is_empty(), "{text:?}: {found:#?}");
}

#[test]
fn weekdays() {
    // Same weekday as publication: today in either reading.
    same(
        "Lapid met Blinken on Wednesday.",
        wed(),
        "Wednesday",
        ev(wed(), Day),
    );
    one(
        "Blinken is due to fly to Egypt on Thursday.",
        wed(),
        "Thursday",
        ev(d(2019, 11, 28), Day),
        ev(d(2019, 12, 5), Day),
    );
    one(
        "The ministers met on Monday evening.",
        wed(),
        "Monday evening",
        ev(d(2019, 12, 2), Day),
        ev(d(2019, 12, 9), Day),
    );
    one(
        "Flights stop from Tuesday morning.",
        d(2017, 6, 5),
        "Tuesday morning",
        ev(d(2017, 5, 30), Day),
        ev(d(2017, 6, 6), Day),
    );
    same(
        "He arrived last Wednesday.",
        wed(),
        "last Wednesday",
        ev(d(2019, 11, 27), Day),
    );
    same(
        "He spoke last Monday.",
        wed(),
        "last Monday",
        ev(d(2019, 12, 2), Day),
    );
    same(
        "They meet next Wednesday.",
        wed(),
        "next Wednesday",
        ev(d(2019, 12, 11), Day),
    );
    same(
        "They meet next Friday.",
        wed(),
        "next Friday",
        ev(d(2019, 12, 6), Day),
    );
    // Lowercase is not a weekday name.
    none("The wednesday crowd", wed());
}

#[test]
fn weekday_with_explicit_date() {
    same(
        "The summit opens on Wednesday, Dec. 11, 2019, in Cairo.",
        wed(),
        "Wednesday, Dec. 11, 2019",
        ev(d(2019, 12, 11), Day),
    );
    same(
        "They met on Friday 29 November.",
        wed(),
        "Friday 29 November",
        ev(d(2019, 11, 29), Day),
    );
    // The weekday picks the year: 5 December 2019 is a Thursday, 5 December 2018 a Wednesday.
    same(
        "They meet on Thursday, December 5.",
        wed(),
        "Thursday, December 5",
        ev(d(2019, 12, 5), Day),
    );
}

#[test]
fn deictic_days() {
    same("Talks resume today.", wed(), "today", ev(wed(), Day));
    same(
        "The cabinet meets tonight.",
        wed(),
        "tonight",
        ev(wed(), Day),
    );
    same(
        "Iran said yesterday it would retaliate.",
        wed(),
        "yesterday",
        ev(d(2019, 12, 3), Day),
    );
    same(
        "He flies tomorrow morning.",
        wed(),
        "tomorrow morning",
        ev(d(2019, 12, 5), Day),
    );
    same(
        "Protests erupted last night.",
        wed(),
        "last night",
        ev(d(2019, 12, 3), Day),
    );
    same(
        "The minister said this morning that talks failed.",
        wed(),
        "this morning",
        ev(wed(), Day),
    );
    same(
        "He had arrived in Doha the previous day.",
        wed(),
        "the previous day",
        ev(d(2019, 12, 3), Day),
    );
    same(
        "He had arrived the day before.",
        wed(),
        "the day before",
        ev(d(2019, 12, 3), Day),
    );
    same(
        "They met the day before yesterday.",
        wed(),
        "the day before yesterday",
        ev(d(2019, 12, 2), Day),
    );
    none("He left the day before the vote.", wed());
}

#[test]
fn weeks_months_years() {
    same(
        "Last week, a senior official met ambassadors.",
        wed(),
        "Last week",
        ev(d(2019, 11, 25), Week),
    );
    same(
        "The envoy arrives next week.",
        wed(),
        "next week",
        ev(d(2019, 12, 9), Week),
    );
    same(
        "Talks continue this week.",
        wed(),
        "this week",
        ev(d(2019, 12, 2), Week),
    );
    same(
        "An official said last month.",
        wed(),
        "last month",
        ev(d(2019, 11, 1), Month),
    );
    same(
        "The embassy reopens next month.",
        wed(),
        "next month",
        ev(d(2020, 1, 1), Month),
    );
    same(
        "Trade rose this month.",
        wed(),
        "this month",
        ev(d(2019, 12, 1), Month),
    );
    same(
        "Last year, Lapid visited Oman.",
        wed(),
        "Last year",
        ev(d(2018, 1, 1), Year),
    );
    same(
        "Elections are due next year.",
        wed(),
        "next year",
        ev(d(2020, 1, 1), Year),
    );
    same(
        "Ties were cut earlier this year.",
        wed(),
        "earlier this year",
        ev(d(2019, 1, 1), Year),
    );
    same(
        "Ties were cut earlier this month.",
        wed(),
        "earlier this month",
        ev(d(2019, 12, 1), Month),
    );
    same(
        "A deal is expected later this week.",
        wed(),
        "later this week",
        ev(d(2019, 12, 2), Week),
    );
    same(
        "Ties improved in recent months.",
        wed(),
        "in recent months",
        ev(d(2019, 11, 1), Month),
    );
    same(
        "Ties improved in recent weeks.",
        wed(),
        "in recent weeks",
        ev(d(2019, 11, 1), Month),
    );
    same(
        "He was seen in recent days.",
        wed(),
        "in recent days",
        ev(d(2019, 11, 25), Week),
    );
    same(
        "It rose in recent years.",
        wed(),
        "in recent years",
        ev(d(2018, 1, 1), Year),
    );
    // Year boundary.
    same(
        "Trade fell last month.",
        d(2020, 1, 15),
        "last month",
        ev(d(2019, 12, 1), Month),
    );
    same(
        "Trade fell last week.",
        d(2020, 1, 2),
        "last week",
        ev(d(2019, 12, 23), Week),
    );
}

#[test]
fn weekends() {
    // Wednesday: the weekend just gone and the one coming.
    one(
        "Protesters gathered over the weekend.",
        wed(),
        "the weekend",
        ev(d(2019, 11, 25), Week),
        ev(d(2019, 12, 2), Week),
    );
    same(
        "He met her last weekend.",
        wed(),
        "last weekend",
        ev(d(2019, 11, 25), Week),
    );
    same(
        "He will meet her this weekend.",
        wed(),
        "this weekend",
        ev(d(2019, 12, 2), Week),
    );
}

#[test]
fn ago() {
    same(
        "Talks collapsed two days ago.",
        wed(),
        "two days ago",
        ev(d(2019, 12, 2), Day),
    );
    same(
        "Talks collapsed 3 days ago.",
        wed(),
        "3 days ago",
        ev(d(2019, 12, 1), Day),
    );
    same(
        "Talks began three weeks ago.",
        wed(),
        "three weeks ago",
        ev(d(2019, 11, 11), Week),
    );
    same(
        "The embassy closed a year ago.",
        wed(),
        "a year ago",
        ev(d(2018, 1, 1), Year),
    );
    same(
        "He left six months ago.",
        wed(),
        "six months ago",
        ev(d(2019, 6, 1), Month),
    );
    same(
        "The war ended two decades ago.",
        d(2018, 7, 9),
        "two decades ago",
        ev(d(1998, 1, 1), Year),
    );
    same(
        "It happened a week ago.",
        wed(),
        "a week ago",
        ev(d(2019, 11, 25), Week),
    );
}

#[test]
fn explicit_day_dates() {
    same(
        "The deal was signed on Dec. 22, 2020.",
        wed(),
        "Dec. 22, 2020",
        ev(d(2020, 12, 22), Day),
    );
    same(
        "The deal was signed on 22 December 2020.",
        wed(),
        "22 December 2020",
        ev(d(2020, 12, 22), Day),
    );
    same(
        "The deal was signed on December 22 2020.",
        wed(),
        "December 22 2020",
        ev(d(2020, 12, 22), Day),
    );
    same(
        "The deal was signed on 2020-12-22.",
        wed(),
        "2020-12-22",
        ev(d(2020, 12, 22), Day),
    );
    same(
        "Signed on the 22nd of December, 2020.",
        wed(),
        "22nd of December, 2020",
        ev(d(2020, 12, 22), Day),
    );
    none("The deal was signed on February 30, 2020.", wed());
}

#[test]
fn day_dates_without_year() {
    // Before publication: this year in the past reading, next year in the future reading.
    one(
        "The ambassador returned on 14 August.",
        wed(),
        "14 August",
        ev(d(2019, 8, 14), Day),
        ev(d(2020, 8, 14), Day),
    );
    // After publication: last year in the past reading, this year in the future reading.
    one(
        "The summit will open on December 10.",
        wed(),
        "December 10",
        ev(d(2018, 12, 10), Day),
        ev(d(2019, 12, 10), Day),
    );
    same(
        "It happened on December 4.",
        wed(),
        "December 4",
        ev(wed(), Day),
    );
    one(
        "The talks resume Jan. 5.",
        wed(),
        "Jan. 5",
        ev(d(2019, 1, 5), Day),
        ev(d(2020, 1, 5), Day),
    );
    one(
        "Fighting paused from Nov. 20-22.",
        wed(),
        "Nov. 20-22",
        ev(d(2019, 11, 20), Day),
        ev(d(2020, 11, 20), Day),
    );
}

#[test]
fn numeric_dates_and_locale_ambiguity() {
    same(
        "Signed on 22/12/2020.",
        wed(),
        "22/12/2020",
        ev(d(2020, 12, 22), Day),
    );
    same(
        "Signed on 12/22/2020.",
        wed(),
        "12/22/2020",
        ev(d(2020, 12, 22), Day),
    );
    same(
        "Signed on 22.12.2020.",
        wed(),
        "22.12.2020",
        ev(d(2020, 12, 22), Day),
    );
    same(
        "Signed on 05/05/2020.",
        wed(),
        "05/05/2020",
        ev(d(2020, 5, 5), Day),
    );
    // 3 April or March 4: only the year is certain.
    same(
        "Signed on 03/04/2020.",
        wed(),
        "03/04/2020",
        ev(d(2020, 1, 1), Year),
    );
    same(
        "Signed in 12/2020.",
        wed(),
        "12/2020",
        ev(d(2020, 12, 1), Month),
    );
    none("Scores were 22/35/2020 and 1.5 and 3,000.", wed());
}

#[test]
fn months() {
    same(
        "The decision came in December 2020.",
        wed(),
        "December 2020",
        ev(d(2020, 12, 1), Month),
    );
    same(
        "It was agreed in December of 2020.",
        wed(),
        "December of 2020",
        ev(d(2020, 12, 1), Month),
    );
    one(
        "Relations were restored in March.",
        wed(),
        "March",
        ev(d(2019, 3, 1), Month),
        ev(d(2020, 3, 1), Month),
    );
    same(
        "Trade rose in December.",
        wed(),
        "December",
        ev(d(2019, 12, 1), Month),
    );
    one(
        "Ties were cut in mid-June.",
        wed(),
        "mid-June",
        ev(d(2019, 6, 1), Month),
        ev(d(2020, 6, 1), Month),
    );
    one(
        "Ties were cut in late June.",
        wed(),
        "late June",
        ev(d(2019, 6, 1), Month),
        ev(d(2020, 6, 1), Month),
    );
    same(
        "Ties were cut in early June 2017.",
        wed(),
        "early June 2017",
        ev(d(2017, 6, 1), Month),
    );
    same(
        "Ties were cut in mid-June 2017.",
        wed(),
        "mid-June 2017",
        ev(d(2017, 6, 1), Month),
    );
    same(
        "He visited last November.",
        wed(),
        "last November",
        ev(d(2019, 11, 1), Month),
    );
    same(
        "He visited last November.",
        d(2019, 11, 20),
        "last November",
        ev(d(2018, 11, 1), Month),
    );
    same(
        "He visited last December.",
        wed(),
        "last December",
        ev(d(2018, 12, 1), Month),
    );
    same(
        "He will visit next March.",
        wed(),
        "next March",
        ev(d(2020, 3, 1), Month),
    );
    // Names and modal verbs are not months.
    none(
        "Theresa May said she may resign. March organisers agreed.",
        wed(),
    );
    none("The May government fell.", wed());
    one(
        "Elections were held in May.",
        wed(),
        "May",
        ev(d(2019, 5, 1), Month),
        ev(d(2020, 5, 1), Month),
    );
}

#[test]
fn years() {
    same(
        "Israel was created in 1948.",
        wed(),
        "1948",
        ev(d(1948, 1, 1), Year),
    );
    same(
        "Relations were frozen since 2018.",
        wed(),
        "2018",
        ev(d(2018, 1, 1), Year),
    );
    same(
        "The treaty lasts until 2030.",
        wed(),
        "2030",
        ev(d(2030, 1, 1), Year),
    );
    same(
        "Troops will leave by 2021.",
        wed(),
        "2021",
        ev(d(2021, 1, 1), Year),
    );
    same(
        "Growth slowed in early 2019.",
        wed(),
        "early 2019",
        ev(d(2019, 1, 1), Year),
    );
    same(
        "Growth slowed in mid-2019.",
        wed(),
        "mid-2019",
        ev(d(2019, 1, 1), Year),
    );
    // Not dates: a year as a modifier, a count, a range, a number out of range.
    none(
        "Before the 1948 creation of Israel, the 1998-2000 war and 2019 polls.",
        wed(),
    );
    none("The motion passed by 2000 votes to 12 in 3000 BC.", wed());
}

#[test]
fn several_in_one_sentence() {
    let found = find(
        "Saudi Arabia cut ties on Sunday, two days after Iran said on Friday it would reopen its embassy next month.",
        d(2016, 1, 4),
    );
    let spans: Vec<&str> = found.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(spans, ["Sunday", "Friday", "next month"]);
    assert_eq!(found[0].1.past.date, d(2016, 1, 3));
    assert_eq!(found[1].1.past.date, d(2016, 1, 1));
    assert_eq!(found[2].1.past, ev(d(2016, 2, 1), Month));
}

#[test]
fn explicit_flag() {
    let found = find(
        "On Wednesday, 22 December 2020 and last week, in 1948.",
        wed(),
    );
    let flags: Vec<(&str, bool)> = found.iter().map(|x| (x.0.as_str(), x.1.explicit)).collect();
    assert_eq!(
        flags,
        [
            ("Wednesday, 22 December 2020", true),
            ("last week", false),
            ("1948", true)
        ]
    );
}

fn future_at(text: &str, word: &str) -> bool {
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    let at = (0..t.len()).find(|&i| t.norm(i) == word).unwrap();
    future_context(&t, 0..t.len(), at)
}

#[test]
fn future_context_markers() {
    for (text, word) in [
        ("Blinken is due to fly to Egypt on Thursday.", "thursday"),
        (
            "He will meet King Mohammed in Cairo on Thursday.",
            "thursday",
        ),
        ("He'll arrive on Friday.", "friday"),
        (
            "The airlines said they would suspend all flights to Doha from Tuesday morning.",
            "tuesday",
        ),
        (
            "The minister is expected to visit Ankara on Monday.",
            "monday",
        ),
        ("The summit is set to open on Sunday.", "sunday"),
        ("Iran plans to reopen its embassy on Saturday.", "saturday"),
        (
            "The envoy is to present his credentials on Monday.",
            "monday",
        ),
        (
            "The upcoming talks on Friday could settle the dispute.",
            "friday",
        ),
        ("On Thursday, Blinken will fly to Cairo.", "thursday"),
        (
            "Blinken will travel to Rome and meet Lapid on Wednesday.",
            "wednesday",
        ),
        ("The ministers agreed to meet again on Tuesday.", "tuesday"),
    ] {
        assert!(future_at(text, word), "{text}");
    }
    for (text, word) in [
        ("Lapid met Blinken on Wednesday.", "wednesday"),
        (
            "Israeli media reported on Wednesday that talks would resume.",
            "wednesday",
        ),
        (
            "Talks will resume soon, officials said on Monday.",
            "monday",
        ),
        (
            "Blinken, who met Lapid on Wednesday, will fly to Cairo.",
            "wednesday",
        ),
        (
            "The flights were cancelled due to the storm on Monday.",
            "monday",
        ),
        ("On Monday, Qatar said it would appeal.", "monday"),
        ("Iran will say that it met the envoy on Monday.", "monday"),
    ] {
        assert!(!future_at(text, word), "{text}");
    }
}

#[test]
fn range_limits_the_search() {
    let text = "He left yesterday. He returns tomorrow.";
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    let mut out = Vec::new();
    find_timexes(text, &t, 4..t.len(), wed(), &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].span.slice(text), "tomorrow");
    // Out-of-range requests are harmless.
    find_timexes(text, &t, 50..60, wed(), &mut out);
    assert!(!future_context(&t, 0..t.len(), 99));
    assert_eq!(out.len(), 1);
}

#[test]
fn tokens_changed_by_hand_are_still_searched() {
    let text = "He left yesterday. They return next week and meet on 2020-12-22.";
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    let all = {
        let mut out = Vec::new();
        find_timexes(text, &t, 0..t.len(), wed(), &mut out);
        out
    };
    assert_eq!(all.len(), 3);
    // Drop the first sentence's tokens by hand: the rest are still found.
    let cut = (0..t.len()).find(|&i| t.norm(i) == "they").unwrap();
    t.tokens.drain(..cut);
    let mut out = Vec::new();
    find_timexes(text, &t, 0..t.len(), wed(), &mut out);
    assert_eq!(out, all[1..]);
    // Tokenizing more after a change by hand marks everything again.
    t.tokens.truncate(3);
    t.tokenize(text, Span::new(0, 17));
    out.clear();
    find_timexes(text, &t, 0..t.len(), wed(), &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].span.slice(text), "yesterday");
    // Many sentences in one buffer: ranges past the first 64 tokens.
    let long = "The talks went on. ".repeat(30) + "They met on Monday.";
    let mut t = Tokens::new();
    t.tokenize(&long, Span::new(0, long.len()));
    let monday = (0..t.len()).find(|&i| t.norm(i) == "monday").unwrap();
    out.clear();
    find_timexes(&long, &t, monday - 3..t.len(), wed(), &mut out);
    assert_eq!(out.len(), 1);
    out.clear();
    find_timexes(&long, &t, 0..monday, wed(), &mut out);
    assert!(out.is_empty());
}
