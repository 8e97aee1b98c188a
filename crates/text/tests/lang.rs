//! Language detection.

use entente_text::is_probably_english;

#[test]
fn english_news_is_english() {
    for text in [
        "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic relations with Qatar on Monday, accusing Doha of supporting terrorism.",
        "WASHINGTON (Reuters) - U.S. President Barack Obama said on Wednesday the United States would restore full diplomatic relations with Cuba.",
        // Many names, few function words.
        "Erdoğan, Netanyahu, Herzog, Çavuşoğlu, Lapid, Bennett: Ankara-Jerusalem ties, 2022 timeline.",
        "Hi",
        "",
    ] {
        assert!(is_probably_english(text), "{text}");
    }
}

#[test]
fn other_languages_are_not() {
    for text in [
        "Arabia Saudí, los Emiratos Árabes Unidos, Baréin y Egipto rompieron el lunes sus relaciones diplomáticas con Catar, al que acusan de apoyar el terrorismo.",
        "Saudi-Arabien, die Vereinigten Arabischen Emirate, Bahrain und Ägypten haben am Montag ihre diplomatischen Beziehungen zu Katar abgebrochen.",
        "قطعت السعودية والإمارات والبحرين ومصر علاقاتها الدبلوماسية مع قطر يوم الاثنين متهمة الدوحة بدعم الإرهاب",
        "Саудовская Аравия, ОАЭ, Бахрейн и Египет в понедельник разорвали дипломатические отношения с Катаром.",
        "L'Arabie saoudite, les Émirats arabes unis, Bahreïn et l'Égypte ont rompu lundi leurs relations diplomatiques avec le Qatar.",
    ] {
        assert!(!is_probably_english(text), "{text}");
    }
}

#[test]
fn only_the_start_is_read() {
    let long = "The ministers met in Rabat on Wednesday and agreed to restore ties. ".repeat(200)
        + &"Les ministres se sont réunis à Rabat mercredi. ".repeat(2000);
    assert!(is_probably_english(&long));
}

#[test]
fn inputs_can_be_sent_to_another_thread() {
    fn send<T: Send>(_: &T) {}
    send(&entente_text::read_inputs(&["-".to_string()], None));
}
