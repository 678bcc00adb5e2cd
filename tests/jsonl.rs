//! Corpus mode (`--jsonl`) of the example binary: order, errors, strictness.

mod common;

use common::extract_bin;
use std::process::{Command, Output};

fn run(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(extract_bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("example binary runs");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_string();
    // Written from a thread so a large input cannot deadlock on a full pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(data.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn documents_come_out_in_input_order() {
    // More documents than one window holds, so windows are stitched too.
    let n = 2500;
    let input: String = (0..n)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"Unit {i} raised ${i}m.\"}}\n"))
        .collect();
    let out = run(&["--jsonl"], &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = lines(&out);
    assert_eq!(rows.len(), n);
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["id"], i);
        let money = format!("${i}m");
        let mentions = row["analysis"]["mentions"].as_array().unwrap();
        assert!(mentions.iter().any(|m| m["text"] == money), "{row}");
    }
    let err = stderr(&out);
    assert!(err.contains(&format!("{n} documents")), "{err}");
    assert!(err.contains("MB/s"), "{err}");
}

#[test]
fn a_malformed_line_is_reported_with_its_number_and_skipped() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"It raised $5m.\"}\n",
        "{not json\n",
        "\n",
        "{\"text\": \"no id\"}\n",
        "{\"id\": \"b\", \"text\": \"It raised $6m.\"}\n",
    );
    let out = run(&["--jsonl", "-"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<_> = lines(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, vec!["a", "b"]);
    let err = stderr(&out);
    assert!(err.contains("<stdin>:2:"), "{err}");
    assert!(err.contains("<stdin>:4:") && err.contains("id"), "{err}");
    assert!(
        !err.contains("<stdin>:3:"),
        "blank lines are not errors: {err}"
    );
    assert!(err.contains("2 malformed lines skipped"), "{err}");
}

#[test]
fn strict_stops_at_the_first_malformed_line() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"It raised $5m.\"}\n",
        "[1, 2]\n",
        "{\"id\": 3, \"text\": \"It raised $6m.\"}\n",
    );
    let out = run(&["--jsonl", "--strict"], input);
    assert_eq!(out.status.code(), Some(1));
    let rows = lines(&out);
    assert_eq!(rows.len(), 1, "results before the bad line are kept");
    assert_eq!(rows[0]["id"], 1);
    assert!(stderr(&out).contains("<stdin>:2:"), "{}", stderr(&out));
}

#[test]
fn a_refused_document_is_an_error_line() {
    let input =
        "{\"id\": \"nul\", \"text\": \"a\\u0000b\"}\n{\"id\": \"ok\", \"text\": \"$1bn\"}\n";
    let out = run(&["--jsonl"], input);
    assert!(out.status.success());
    let rows = lines(&out);
    assert_eq!(rows[0]["id"], "nul");
    assert!(
        rows[0]["error"].as_str().unwrap().contains("NUL"),
        "{}",
        rows[0]
    );
    assert!(rows[0].get("analysis").is_none());
    assert_eq!(rows[1]["analysis"]["mentions"][0]["text"], "$1bn");
    assert!(stderr(&out).contains("1 errors"), "{}", stderr(&out));
}

#[test]
fn reference_dates_apply_per_document() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"It raised $5m.\", \"reference_date\": \"2024-03-01\"}\n",
        "{\"id\": 2, \"text\": \"It raised $5m.\"}\n",
        "{\"id\": 3, \"text\": \"x\", \"reference_date\": \"soon\"}\n",
    );
    let out = run(&["--jsonl", "--reference-date", "2026-02-09"], input);
    assert!(out.status.success());
    let rows = lines(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["analysis"]["reference_date"], "2024-03-01");
    assert_eq!(rows[1]["analysis"]["reference_date"], "2026-02-09");
    assert!(stderr(&out).contains("<stdin>:3:"), "{}", stderr(&out));
}

#[test]
fn files_are_read_in_turn_and_a_missing_one_fails() {
    let dir = std::env::temp_dir().join(format!("news-claims-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.jsonl");
    let b = dir.join("b.jsonl");
    std::fs::write(&a, "{\"id\": \"a1\", \"text\": \"$1m\"}\n").unwrap();
    std::fs::write(&b, "{\"id\": \"b1\", \"text\": \"$2m\"}\n{oops\n").unwrap();
    let out = run(&["--jsonl", a.to_str().unwrap(), b.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<_> = lines(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, vec!["a1", "b1"]);
    assert!(stderr(&out).contains("b.jsonl:2:"), "{}", stderr(&out));
    let out = run(&["--jsonl", "no/such.jsonl"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no/such.jsonl: cannot read"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn html_documents_are_read_as_pages() {
    let page = r#"<html><head><title>T</title></head><body><nav>Home | News</nav><article><p>Meta will spend $65 billion in 2025.</p></article></body></html>"#;
    let line = serde_json::json!({"id": "p", "html": page}).to_string();
    let out = run(&["--jsonl"], &(line + "\n"));
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs[0]["id"], "p");
    let a = &docs[0]["analysis"];
    assert_eq!(a["title"], "T");
    assert!(!a["text"].as_str().unwrap().contains("Home"));
    assert!(a["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["text"] == "$65 billion"));
}
