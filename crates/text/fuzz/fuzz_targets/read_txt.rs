//! The reader for `.txt` files on arbitrary bytes: never panics, every item is a document or
//! an error naming the file.
#![no_main]

use entente_text::read::{read_inputs_with, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("entente-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("input.txt");
    std::fs::write(&path, data).unwrap();
    let path = path.to_string_lossy().into_owned();
    let options = ReadOptions { max_line: 4096, max_document: 1 << 16, ..ReadOptions::default() };
    for item in read_inputs_with(std::slice::from_ref(&path), options) {
        match item {
            Ok(doc) => {
                let _ = entente_text::segment(&doc);
            }
            Err(e) => assert_eq!(e.path, path),
        }
    }
});
