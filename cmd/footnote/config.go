package main

import "log/slog"

// config is footnote's own configuration: where the articles and the index
// are, and how retrieval and logging behave. readSettings fills it.
type config struct {
	DocsDir    string
	DataDir    string
	TopK       int
	ChunkWords int
	LogLevel   slog.Level
	// FetchAllowPrivate lets `footnote import URL` and the bot's /source
	// add reach loopback, private and link-local addresses (a server on
	// this machine; tests).
	FetchAllowPrivate bool
}

// Defaults of footnote's own settings; .env.example and the README list the
// same values.
const (
	// defaultDocsDir is where the articles are looked for.
	defaultDocsDir = "./docs"
	// defaultTopK trades a fuller extractive answer (more passages) against
	// passages that are further from the question.
	defaultTopK = 5
	// defaultChunkWords trades the precision of a chunk's embedding (short)
	// against keeping a paragraph whole (long).
	defaultChunkWords = 150
	// defaultLogLevel logs what an operator needs without per-question detail.
	defaultLogLevel = "info"
	// feedbackOff, as FOOTNOTE_FEEDBACK_PATH, removes the vote buttons.
	feedbackOff = "off"
	// feedbackFile is the vote log's name in the data directory.
	feedbackFile = "feedback.jsonl"
)
