//! The example binary, run as a user runs it: exit codes and messages.

mod common;

use common::extract_bin;
use std::process::{Command, Output};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(extract_bin());
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("example binary runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

#[test]
fn one_file_prints_its_analysis() {
    let out = run(
        &[
            "--reference-date",
            "2026-02-09",
            "fixtures/003_45192b01957a76b2.txt",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["reference_date"], "2026-02-09");
    assert!(json["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["text"] == "$200bn"));
}

/// The binary writes a text's JSON as it finds the mentions (a section at
/// a time): the bytes are those of the library's `Analysis`.
#[test]
fn one_files_json_is_the_librarys_analysis() {
    let path = "fixtures/000_adafbf4793c1a348.txt";
    let out = run(&["--reference-date", "2026-02-09", path], None);
    assert!(out.status.success());
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let analysis = news_claims::Extractor::builder()
        .reference_date("2026-02-09".parse().unwrap())
        .build()
        .unwrap()
        .analyze(&text)
        .unwrap();
    let mut want = serde_json::to_vec(&analysis).unwrap();
    want.push(b'\n');
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(want).unwrap()
    );
}

#[test]
fn several_files_print_documents() {
    let out = run(
        &[
            "fixtures/000_adafbf4793c1a348.txt",
            "fixtures/001_14c944a03e944bf8.txt",
        ],
        None,
    );
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
    assert_eq!(
        json["documents"][1]["path"],
        "fixtures/001_14c944a03e944bf8.txt"
    );
    assert!(json["corroborations"].is_array() && json["conflicts"].is_array());
}

#[test]
fn stdin_is_read_when_no_file_is_given() {
    let out = run(&[], Some(b"It raised $5m."));
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["mentions"][0]["text"], "$5m");
}

#[test]
fn empty_input_gives_an_empty_analysis() {
    let out = run(&["-"], Some(b""));
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["mentions"].as_array().unwrap().len(), 0);
    assert_eq!(json["sentences"].as_array().unwrap().len(), 0);
}

#[test]
fn a_directory_is_a_clear_error() {
    let out = run(&["fixtures"], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fixtures: is a directory"), "{err}");
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = run(&["no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt: cannot read"));
}

#[test]
fn bytes_that_are_not_utf8_are_decoded_and_binary_refused() {
    // Windows-1252 quotes around a figure: decoded, and the decoding named.
    let out = run(&["-"], Some(b"Amazon said \x93it will spend $5m\x94."));
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["repairs"][0], "decoded:windows-1252");
    assert_eq!(json["mentions"][1]["text"], "$5m");
    // UTF-16 with its byte-order mark.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Amazon spent $5m."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let out = run(&["-"], Some(&utf16));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["text"], "Amazon spent $5m.");
    // NUL bytes are binary, named with their offset.
    let out = run(&["-"], Some(b"abc\x00\xffdef"));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("<stdin>") && err.contains("binary") && err.contains("byte 3"),
        "{err}"
    );
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(run(&["--frobnicate"], None).status.code(), Some(2));
    let out = run(&["--reference-date", "yesterday", "x"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn html_pages_are_read_as_pages() {
    // By extension, by --html on stdin, and by content on stdin.
    let page = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/html/05_main_with_teasers.html"),
    )
    .unwrap();
    for (args, stdin) in [
        (vec!["fixtures/html/05_main_with_teasers.html"], None),
        (vec!["--html"], Some(page.as_slice())),
        (vec![], Some(page.as_slice())),
    ] {
        let out = run(&args, stdin);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            json["title"],
            "Meta lifts 2025 capex plan to as much as $65 billion"
        );
        assert_eq!(json["reference_date"], "2025-01-24");
        assert!(!json["text"].as_str().unwrap().contains("<p>"));
    }
}
