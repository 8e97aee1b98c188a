//! Sentence segmentation on newswire text.

use entente_model::{Document, SentenceKind};
use entente_text::{is_boilerplate, segment};

fn doc(text: &str, has_headline: bool) -> Document {
    Document {
        id: "t".into(),
        text: text.into(),
        has_headline,
        ..Document::default()
    }
}

fn sentences(text: &str) -> Vec<String> {
    let d = doc(text, false);
    segment(&d)
        .iter()
        .map(|s| s.span.slice(&d.text).to_string())
        .collect()
}

#[track_caller]
fn check(text: &str, expected: &[&str]) {
    assert_eq!(sentences(text), expected, "segmenting {text:?}");
}

#[test]
fn titles_and_abbreviations_do_not_split() {
    check(
        "Mr. Netanyahu met Gen. Mark Milley and Lt. Col. Jonathan Conricus in Jerusalem. Sen. Lindsey Graham and Rep. Adam Schiff were not present.",
        &[
            "Mr. Netanyahu met Gen. Mark Milley and Lt. Col. Jonathan Conricus in Jerusalem.",
            "Sen. Lindsey Graham and Rep. Adam Schiff were not present.",
        ],
    );
    check(
        "Dr. Tedros and Mrs. Clinton visited St. Petersburg with Prof. Smith and Sgt. Jones.",
        &["Dr. Tedros and Mrs. Clinton visited St. Petersburg with Prof. Smith and Sgt. Jones."],
    );
    check(
        "Gov. Andrew Cuomo met Capt. Phillips and Maj. Gen. Patrick Ryder on Friday.",
        &["Gov. Andrew Cuomo met Capt. Phillips and Maj. Gen. Patrick Ryder on Friday."],
    );
}

#[test]
fn us_and_un_split_only_before_a_sentence_opener() {
    check(
        "The U.S. ambassador to the U.N. said the vote would go ahead. Relations with the U.S. The talks collapsed.",
        &[
            "The U.S. ambassador to the U.N. said the vote would go ahead.",
            "Relations with the U.S.",
            "The talks collapsed.",
        ],
    );
    check(
        "Iran blamed the U.S. It said sanctions must end.",
        &["Iran blamed the U.S.", "It said sanctions must end."],
    );
    check(
        "The U.N. Security Council met in New York.",
        &["The U.N. Security Council met in New York."],
    );
}

#[test]
fn dates_and_numbers_with_dots() {
    check(
        "The deal was signed on Dec. 22, 2020, in Rabat. It took effect on Jan. 5.",
        &[
            "The deal was signed on Dec. 22, 2020, in Rabat.",
            "It took effect on Jan. 5.",
        ],
    );
    check(
        "The attacks of Sept. 11 changed U.S. policy. Aid rose to $1.5 billion, up 3.5% from 2019.",
        &[
            "The attacks of Sept. 11 changed U.S. policy.",
            "Aid rose to $1.5 billion, up 3.5% from 2019.",
        ],
    );
    check(
        "He spoke outside No. 10 Downing Street on Aug. 3 and Oct. 12.",
        &["He spoke outside No. 10 Downing Street on Aug. 3 and Oct. 12."],
    );
    check(
        "Timeline: Sun. Nov. 21: runoff held. Wed. Dec. 1: parliament sacks the government.",
        &[
            "Timeline: Sun. Nov. 21: runoff held.",
            "Wed. Dec. 1: parliament sacks the government.",
        ],
    );
    check(
        "Exports fell in 2019. 2020 was worse.",
        &["Exports fell in 2019.", "2020 was worse."],
    );
}

#[test]
fn times_of_day() {
    check(
        "The talks begin at 10 a.m. Tuesday in Geneva.",
        &["The talks begin at 10 a.m. Tuesday in Geneva."],
    );
    check(
        "The vote ended at 10 p.m. The results will be announced on Monday.",
        &[
            "The vote ended at 10 p.m.",
            "The results will be announced on Monday.",
        ],
    );
    check(
        "Polls close at 8 p.m. local time.",
        &["Polls close at 8 p.m. local time."],
    );
}

#[test]
fn initials() {
    check(
        "President George W. Bush met J. K. Rowling and John F. Kennedy Jr. in Washington.",
        &["President George W. Bush met J. K. Rowling and John F. Kennedy Jr. in Washington."],
    );
    check(
        "The company backed plan B. The board rejected it.",
        &["The company backed plan B.", "The board rejected it."],
    );
}

#[test]
fn companies() {
    check(
        "Shares of Apple Inc. rose after Acme Corp. and Foo Ltd. reported earnings.",
        &["Shares of Apple Inc. rose after Acme Corp. and Foo Ltd. reported earnings."],
    );
    check(
        "The order went to Boeing Co. The airline confirmed it.",
        &["The order went to Boeing Co.", "The airline confirmed it."],
    );
}

#[test]
fn quotes_close_sentences() {
    check(
        "\"We will not accept this,\" he said. \"Qatar must change course.\" The statement followed talks.",
        &[
            "\"We will not accept this,\" he said.",
            "\"Qatar must change course.\"",
            "The statement followed talks.",
        ],
    );
    check(
        "\u{201C}We are ready.\u{201D} Officials confirmed the visit.",
        &[
            "\u{201C}We are ready.\u{201D}",
            "Officials confirmed the visit.",
        ],
    );
    check(
        "\"Why now?\" he asked. \"Because it is time!\" she replied.",
        &[
            "\"Why now?\" he asked.",
            "\"Because it is time!\" she replied.",
        ],
    );
    check(
        "The minister said the border would reopen (as agreed.) Trucks lined up.",
        &[
            "The minister said the border would reopen (as agreed.)",
            "Trucks lined up.",
        ],
    );
}

#[test]
fn questions_exclamations_and_ellipses() {
    check(
        "Is Israel normalising ties with Morocco? Officials would not say! The talks go on.",
        &[
            "Is Israel normalising ties with Morocco?",
            "Officials would not say!",
            "The talks go on.",
        ],
    );
    check(
        "He said the deal was ... uncertain, but talks continued.",
        &["He said the deal was ... uncertain, but talks continued."],
    );
    check(
        "He paused\u{2026} then left. She waited... The door closed.",
        &[
            "He paused\u{2026} then left.",
            "She waited...",
            "The door closed.",
        ],
    );
}

#[test]
fn newlines_are_hard_boundaries_and_paragraphs() {
    let d = doc(
        "Qatar crisis deepens\n\nSaudi Arabia cut ties with Qatar on Monday. Egypt followed\nthe UAE did too.\r\n\r\n  Bahrain closed its airspace.  \n",
        true,
    );
    let s = segment(&d);
    let texts: Vec<&str> = s.iter().map(|x| x.span.slice(&d.text)).collect();
    assert_eq!(
        texts,
        [
            "Qatar crisis deepens",
            "Saudi Arabia cut ties with Qatar on Monday.",
            "Egypt followed",
            "the UAE did too.",
            "Bahrain closed its airspace.",
        ]
    );
    assert_eq!(s[0].kind, SentenceKind::Headline);
    assert!(s[1..].iter().all(|x| x.kind == SentenceKind::Body));
    let paragraphs: Vec<u32> = s.iter().map(|x| x.paragraph).collect();
    assert_eq!(paragraphs, [0, 1, 1, 2, 3]);
    let indices: Vec<u32> = s.iter().map(|x| x.index).collect();
    assert_eq!(indices, [0, 1, 2, 3, 4]);
}

#[test]
fn headline_without_punctuation_and_with_inner_periods() {
    let d = doc(
        "U.S. to reopen embassy in Havana. Cuba welcomes move\nThe State Department said so.",
        true,
    );
    let s = segment(&d);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].kind, SentenceKind::Headline);
    assert_eq!(
        s[0].span.slice(&d.text),
        "U.S. to reopen embassy in Havana. Cuba welcomes move"
    );
}

#[test]
fn datelines_stay_with_their_sentence() {
    check(
        "WASHINGTON (Reuters) - U.S. officials said on Tuesday they would lift sanctions. Cuba welcomed the move.",
        &[
            "WASHINGTON (Reuters) - U.S. officials said on Tuesday they would lift sanctions.",
            "Cuba welcomed the move.",
        ],
    );
    check(
        "ANKARA, Dec. 4 (AP) \u{2014} Turkey recalled its ambassador.",
        &["ANKARA, Dec. 4 (AP) \u{2014} Turkey recalled its ambassador."],
    );
}

#[test]
fn markup_loss_without_space() {
    check(
        "The minister resigned.The cabinet met later.",
        &["The minister resigned.", "The cabinet met later."],
    );
    check(
        "See www.example.com.au for details on U.S.-led talks.",
        &["See www.example.com.au for details on U.S.-led talks."],
    );
}

#[test]
fn boilerplate_lines_are_flagged() {
    let d = doc(
        "Turkey and Israel restore ties\nTurkey and Israel agreed to restore full diplomatic ties. (Reporting by Jane Doe in Ankara; Editing by John Roe)\nRead more: What the deal means for Gaza\nFollow us on Twitter and Instagram to stay connected\nSign up for our daily newsletter\nShare this\nBy Jane Doe and John Roe\nPhoto: Anadolu Agency\nIsraeli President Isaac Herzog speaks in Jerusalem. REUTERS/Ronen Zvulun\nSubscribe to our newsletter.\nClick here to read the full statement.\nThe ambassadors will return within weeks.",
        true,
    );
    let s = segment(&d);
    let kinds: Vec<(SentenceKind, &str)> =
        s.iter().map(|x| (x.kind, x.span.slice(&d.text))).collect();
    use SentenceKind::*;
    let expected = [
        Headline,
        Body,
        Boilerplate,
        Boilerplate,
        Boilerplate,
        Boilerplate,
        Boilerplate,
        Boilerplate,
        Boilerplate,
        Boilerplate,
        Boilerplate,
        Boilerplate,
        Body,
    ];
    assert_eq!(
        kinds.iter().map(|k| k.0).collect::<Vec<_>>(),
        expected,
        "{kinds:#?}"
    );
}

#[test]
fn prose_is_not_boilerplate() {
    for line in [
        "By Friday, the two sides had agreed to reopen the border.",
        "By 2025, trade between the two countries is expected to double.",
        "Subscribers to the state broadcaster saw the speech live.",
        "Following the talks, Qatar said it would keep its embassy open.",
        "Published on Monday, the report accused Riyadh of abuses and said talks had stalled for months.",
        "The share of exports fell.",
        "Sign language interpreters were at the summit, officials said.",
        "Reporters were told the minister would not comment on the photo of the meeting.",
        "Israeli officials are seeking to normalise ties with Morocco, Israeli media reported.",
    ] {
        assert!(!is_boilerplate(line), "{line}");
    }
    for line in [
        "Read more: Saudi-Israeli relations: The emergence of a new alliance",
        "READ MORE: Qatar crisis explained",
        "Follow us on Twitter and Instagram to stay connected",
        "Sign up to our newsletter",
        "Share this article",
        "Share",
        "Advertisement",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Reporting by Jane Doe in Doha; additional reporting by John Roe",
        "Writing by Jane Doe; editing by John Roe",
        "By JANE DOE and JOHN ROE",
        "By Jane Doe | AP",
        "Photo credit: Jane Doe/Getty Images",
        "A man walks past a mural in Havana, Cuba. REUTERS/Jane Doe",
        "File photo of the Qatari flag",
        "Click here to subscribe",
        "Subscribe now for unlimited access",
        "\u{2022} Related: Iran and Saudi Arabia agree to restore ties",
        "\u{00A9} 2019 Example News. All rights reserved.",
        "Last updated: 4 December 2019",
    ] {
        assert!(is_boilerplate(line), "{line}");
    }
}

#[test]
fn empty_and_whitespace_documents() {
    assert!(sentences("").is_empty());
    assert!(sentences(" \n\t\n\u{00A0}\n").is_empty());
    let d = doc("\n\n  Headline only  \n\n", true);
    let s = segment(&d);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].span.slice(&d.text), "Headline only");
}

#[test]
fn wire_style_spacing() {
    check(
        "Khelil , who is also Algeria 's energy minister , said prices won't reach $200 . Western nations disagreed .",
        &[
            "Khelil , who is also Algeria 's energy minister , said prices won't reach $200 .",
            "Western nations disagreed .",
        ],
    );
}
