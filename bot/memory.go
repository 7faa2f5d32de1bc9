package bot

import (
	"container/list"
	"sync"

	"github.com/footnote-bot/footnote"
)

// maxHistory is how many earlier turns a follow-up carries.
const maxHistory = 4

// exchange is one answered question, remembered so that a reply to the
// answer is a follow-up and a vote on it records what was answered.
type exchange struct {
	Question string
	Answer   footnote.Answer
	History  []footnote.Turn
}

// turns returns the history a follow-up to this exchange carries: the
// exchange's own history and the exchange itself, the oldest dropped first.
func (e *exchange) turns() []footnote.Turn {
	h := append(append([]footnote.Turn(nil), e.History...), footnote.Turn{Question: e.Question, Answer: e.Answer.Text, Docs: e.Answer.Docs()})
	if len(h) > maxHistory {
		h = h[len(h)-maxHistory:]
	}
	return h
}

// memory is a bounded map from keys (message IDs, vote keys) to exchanges;
// the least recently used entries go first.
type memory struct {
	mu    sync.Mutex
	max   int
	order *list.List // of *memEntry, front = most recent
	byKey map[string]*list.Element
}

type memEntry struct {
	key string
	ex  *exchange
}

func newMemory(max int) *memory {
	return &memory{max: max, order: list.New(), byKey: map[string]*list.Element{}}
}

func (m *memory) put(key string, ex *exchange) {
	if key == "" {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if el, ok := m.byKey[key]; ok {
		el.Value.(*memEntry).ex = ex
		m.order.MoveToFront(el)
		return
	}
	m.byKey[key] = m.order.PushFront(&memEntry{key: key, ex: ex})
	for m.order.Len() > m.max {
		el := m.order.Back()
		m.order.Remove(el)
		delete(m.byKey, el.Value.(*memEntry).key)
	}
}

func (m *memory) get(key string) (*exchange, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	el, ok := m.byKey[key]
	if !ok {
		return nil, false
	}
	m.order.MoveToFront(el)
	return el.Value.(*memEntry).ex, true
}
