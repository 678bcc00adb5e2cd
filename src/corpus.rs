//! Many documents -> corroborations and conflicts (filled by a later issue;
//! the output shape is fixed now so the binary's JSON is stable).

use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;

/// One document of a multi-document run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    pub path: String,
    pub analysis: Analysis,
}

/// A reference to one claim of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRef {
    /// Index into [`CorpusReport::documents`].
    pub document: usize,
    pub path: String,
    /// Index into that document's claims.
    pub claim: usize,
    /// The figure as written.
    pub figure: String,
}

/// Claims that agree across documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corroboration {
    pub subjects: Vec<String>,
    pub predicate: String,
    pub claims: Vec<ClaimRef>,
}

/// Claims about the same thing with incompatible figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub subjects: Vec<String>,
    pub predicate: String,
    pub claims: Vec<ClaimRef>,
}

/// What the binary prints for several documents.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CorpusReport {
    pub documents: Vec<Document>,
    pub corroborations: Vec<Corroboration>,
    pub conflicts: Vec<Conflict>,
}

/// Compares the claims of several documents.
pub fn compare(documents: Vec<Document>) -> CorpusReport {
    CorpusReport {
        documents,
        corroborations: Vec::new(),
        conflicts: Vec::new(),
    }
}
