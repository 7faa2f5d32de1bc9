package bot_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/footnote-bot/footnote"
)

const docID = "trump-boycotts-un-migration-talks"

// article is the test corpus: one article with a few numbered paragraphs.
func article() footnote.Article {
	paras := []string{
		"Trump Boycotts U.N. Migration Talks",
		"President Donald Trump has decided to boycott a global conference on migration scheduled to begin Monday in Puerto Vallarta, Mexico.",
		"Trump made the decision on Friday, a day dominated by Senate negotiations on a landmark tax bill.",
		"The decision highlighted the enduring influence of Stephen Miller, the 32-year-old senior White House policy advisor.",
	}
	a := footnote.Article{
		ID: docID, Title: "Trump Boycotts U.N. Migration Talks", Publication: "Foreign Policy",
		Published: time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC),
		URL:       "https://foreignpolicy.com/2017/12/02/trump-boycotts-u-n-migration-talks/",
	}
	for i, p := range paras {
		a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: docID, N: i, Text: p})
	}
	return a
}

type library struct{ arts []footnote.Article }

func (l library) Articles() []footnote.Article { return l.arts }

// blockingLibrary is a library whose listing blocks until release is
// closed; like the real one, it takes no context.
type blockingLibrary struct {
	library
	release chan struct{}
}

func (l blockingLibrary) Articles() []footnote.Article {
	<-l.release
	return l.library.Articles()
}

// scripted answers every question with a cited answer built from the
// article, and records the questions it got (history included).
type scripted struct {
	mu   sync.Mutex
	got  []footnote.Question
	text func(q footnote.Question) string // optional override of the answer text
	// block, if set, is waited for before answering (a slow answerer).
	block chan struct{}
	// panicOn panics when the question contains it.
	panicOn string
	// fail, if set, is returned instead of an answer.
	fail error
	// validate checks each question as the real answerers do
	// (footnote.ValidateQuestion) and returns its error.
	validate bool
}

func (s *scripted) Answer(ctx context.Context, q footnote.Question) (footnote.Answer, error) {
	s.mu.Lock()
	s.got = append(s.got, q)
	s.mu.Unlock()
	if s.panicOn != "" && strings.Contains(q.Text, s.panicOn) {
		panic("answerer exploded on " + q.Text)
	}
	if s.fail != nil {
		return footnote.Answer{}, s.fail
	}
	if s.validate {
		if _, err := footnote.ValidateQuestion(q.Text); err != nil {
			return footnote.Answer{}, fmt.Errorf("scripted answerer: %w", err)
		}
	}
	if s.block != nil {
		select {
		case <-s.block:
		case <-ctx.Done():
			return footnote.Answer{}, ctx.Err()
		}
	}
	text := "Trump decided to boycott the conference in Puerto Vallarta [¶1]. Stephen Miller was behind it [¶3]."
	if s.text != nil {
		text = s.text(q)
	}
	return footnote.Answer{
		Question: q.Text, Text: text, Mode: footnote.ModeExtractive,
		Citations: []footnote.Citation{
			{Doc: docID, Paragraph: 1, Quote: "boycott a global conference on migration"},
			{Doc: docID, Paragraph: 3, Quote: "the enduring influence of Stephen Miller"},
		},
	}, nil
}

func (s *scripted) questions() []footnote.Question {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]footnote.Question(nil), s.got...)
}

// streaming is a StreamAnswerer that reports growing partial answers; after
// the first partial it calls waitShown, so that a test can hold the answer
// until the partial edit is on the wire.
type streaming struct {
	scripted
	waitShown func()
}

func (s *streaming) AnswerStream(ctx context.Context, q footnote.Question, partial func(string)) (footnote.Answer, error) {
	partial("Trump decided")
	if s.waitShown != nil {
		s.waitShown()
	}
	partial("Trump decided to boycott")
	return s.Answer(ctx, q)
}

// reindexer counts its runs; if gate is set each run waits on it, and
// reports on stopped (if set) why a run was stopped before it was let go.
type reindexer struct {
	mu      sync.Mutex
	runs    int
	started chan struct{}
	gate    chan struct{}
	stopped chan error
}

func (r *reindexer) Reindex(ctx context.Context) (footnote.IndexStats, error) {
	r.mu.Lock()
	r.runs++
	r.mu.Unlock()
	if r.started != nil {
		r.started <- struct{}{}
	}
	if r.gate != nil {
		select {
		case <-r.gate:
		case <-ctx.Done():
			if r.stopped != nil {
				r.stopped <- ctx.Err()
			}
			return footnote.IndexStats{}, ctx.Err()
		}
	}
	return footnote.IndexStats{Articles: 1, Paragraphs: 13, Duration: 40 * time.Millisecond}, nil
}

func (r *reindexer) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.runs
}

// logBuffer is a concurrency-safe slog sink that lets a test wait for a
// log message.
type logBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func newLogBuffer() *logBuffer { return &logBuffer{changed: make(chan struct{})} }

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	close(l.changed)
	l.changed = make(chan struct{})
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func (l *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func (l *logBuffer) waitFor(ctx context.Context, substr string) error {
	for {
		l.mu.Lock()
		ok := strings.Contains(l.buf.String(), substr)
		ch := l.changed
		l.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("waiting for log %q: %w", substr, ctx.Err())
		}
	}
}
