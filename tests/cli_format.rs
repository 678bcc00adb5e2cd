//! `extract --format html|text`, run as a user runs it.

mod common;

use common::extract_bin;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(extract_bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("example binary runs")
}

const A: &str = "fixtures/003_45192b01957a76b2.txt";
const B: &str = "fixtures/000_adafbf4793c1a348.txt";

#[test]
fn html_is_one_self_contained_page() {
    let out = run(&["--format", "html", A, B]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("default-src 'none'"));
    for fetch in ["src=", "http://", "https://", "@import", "url("] {
        assert!(!page.contains(fetch), "page fetches something: {fetch}");
    }
    assert!(page.contains("<section class=\"doc\" id=\"d1\">"));
    assert!(page.contains("Conflicts ("));
    assert!(page.contains("<mark class=\"m k-money\" id=\"d0-m"));
    assert!(page.contains("<mark class=\"m k-company\" id=\"d0-m0\""));
}

#[test]
fn text_is_plain_when_piped() {
    let out = run(&["--format=text", "--reference-date", "2026-02-09", A]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[$200bn|money]"), "{text}");
    assert!(!text.contains('\x1b'), "colour in a pipe");
}

#[test]
fn unknown_format_is_a_usage_error() {
    let out = run(&["--format", "xml", A]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("json, html or text"), "{err}");
}
