// Package bot is Footnote's Discord surface: a discordgo adapter that
// answers /ask, the "Ask Footnote" message command, DMs, mentions and
// follow-up replies from a footnote.Answerer, lists sources, pages
// through the timeline (/timeline), checks claims ("Check this claim"),
// lets moderators reindex and add or remove articles (/source), and
// records 👍/👎 feedback.
package bot

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/ctxsleep"
)

// Deps are the bot's collaborators.
type Deps struct {
	// Answerer answers questions. If it also implements
	// footnote.StreamAnswerer, answers to commands are streamed.
	Answerer footnote.Answerer
	// Library lists the indexed articles, for /sources and citations.
	Library footnote.Library
	// Reindexer rebuilds the index for /reindex; nil disables the command.
	Reindexer footnote.Reindexer
	// Timeliner builds the timeline for /timeline; nil disables the command.
	Timeliner Timeliner
	// Importer adds and removes articles for /source; nil disables the
	// command.
	Importer Importer
	// ClaimChecker checks claims for the "Check this claim" message
	// command; nil disables the command.
	ClaimChecker ClaimChecker
	// Logger receives the bot's logs; nil means slog.Default().
	Logger *slog.Logger
	// HTTPClient is the base client for REST calls; the bot copies it and
	// adds a transport that sends every request to Config.APIBase.
	HTTPClient *http.Client
	// Now is the clock (rate limits, timings); nil means time.Now.
	Now func() time.Time
	// Sleep waits between gateway reconnection attempts; nil means a timer.
	Sleep func(ctx context.Context, d time.Duration) error
}

// Bot is a running Discord bot. Create it with New and start it with Run.
type Bot struct {
	cfg  Config
	deps Deps
	log  *slog.Logger
	s    *discordgo.Session

	router *router
	// deferAfter is how long a handler may run before its event is
	// acknowledged for it (autoDeferAfter; tests shorten it).
	deferAfter time.Duration
	// typingEvery is how often the typing indicator is renewed while a
	// message is answered (typingEvery; tests shorten it).
	typingEvery time.Duration

	limits   limits
	mem      *memory
	asked    *askedLog
	threads  *threadLog
	votes    *feedbackLog
	reindexc coalescer
	// sourceSlot holds the /source change under way: one at a time.
	sourceSlot chan struct{}

	botID atomic.Pointer[string]
	// ready is closed by the first READY. discordgo's Open may return before
	// READY is handled (when a heartbeat ack comes first), so commands wait
	// for it.
	ready     chan struct{}
	readyOnce sync.Once

	mu        sync.Mutex
	accepting bool
	inflight  sync.WaitGroup

	work       context.Context // handlers' context; cancelled after the shutdown grace
	cancelWork context.CancelFunc

	disconnected chan struct{}
	started      atomic.Bool
	// opening is true while discordgo's Open runs. Open holds the session's
	// lock, so Close would wait for it, for ever if the gateway never
	// answers; an Open abandoned on shutdown is closed when it returns.
	opening atomic.Bool
}

// New builds a bot from cfg, whose values the caller has checked; it does
// not connect.
func New(cfg Config, deps Deps) (*Bot, error) {
	if !cfg.HasToken() {
		return nil, errors.New("bot: Config.Token is required")
	}
	if deps.Answerer == nil {
		return nil, errors.New("bot: Deps.Answerer is required")
	}
	if deps.Library == nil {
		return nil, errors.New("bot: Deps.Library is required")
	}
	if deps.Logger == nil {
		deps.Logger = slog.Default()
	}
	// discordgo's errors quote request URLs, interaction tokens included.
	deps.Logger = slog.New(redacting{next: deps.Logger.Handler()})
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if deps.Sleep == nil {
		deps.Sleep = ctxsleep.Sleep
	}
	client, err := newHTTPClient(deps.HTTPClient, cfg.APIBase)
	if err != nil {
		return nil, fmt.Errorf("bot: %w", err)
	}
	s, err := discordgo.New(cfg.botToken())
	if err != nil {
		return nil, fmt.Errorf("bot: create discord session: %w", err)
	}
	// Debug stays off: discordgo's debug mode logs request headers, token included.
	s.Debug = false
	s.Client = client
	s.Dialer = &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 15 * time.Second}
	// The bot supervises reconnection itself so that it can stop on a
	// fatal close code instead of retrying forever.
	s.ShouldReconnectOnError = false
	s.ShardID = cfg.ShardID
	s.ShardCount = cfg.ShardCount
	s.Identify.Intents = intents(cfg)
	s.State.TrackChannels = false
	s.State.TrackEmojis = false
	s.State.TrackMembers = false
	s.State.TrackRoles = false
	s.State.TrackVoice = false
	s.State.TrackPresences = false
	s.State.TrackThreads = false

	var salt []byte
	if cfg.FeedbackSalt != "" {
		salt = []byte(cfg.FeedbackSalt)
	} else {
		salt = make([]byte, 32)
		if _, err := rand.Read(salt); err != nil {
			return nil, fmt.Errorf("bot: draw feedback salt: %w", err)
		}
		if cfg.FeedbackPath != "" {
			deps.Logger.Warn("FOOTNOTE_FEEDBACK_SALT is unset: voter hashes will not match across restarts")
		}
	}
	work, cancel := context.WithCancel(context.Background())
	b := &Bot{
		cfg:          cfg,
		deps:         deps,
		log:          deps.Logger.With("component", "bot", "shard", cfg.ShardID),
		s:            s,
		limits:       limits{user: newKeyedLimiter(cfg.UserRate, cfg.UserBurst), guild: newKeyedLimiter(cfg.GuildRate, cfg.GuildBurst)},
		sourceSlot:   make(chan struct{}, 1),
		mem:          newMemory(cfg.MemorySize),
		asked:        newAskedLog(),
		threads:      newThreadLog(),
		votes:        newFeedbackLog(cfg.FeedbackPath, salt, votesRemembered),
		work:         work,
		cancelWork:   cancel,
		disconnected: make(chan struct{}, 1),
		ready:        make(chan struct{}),
		accepting:    true,
		deferAfter:   autoDeferAfter,
		typingEvery:  typingEvery,
	}
	b.router = b.newRouter()
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
	s.AddHandler(b.onReady)
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		select {
		case b.disconnected <- struct{}{}:
		default:
		}
	})
	return b, nil
}

// intents are the gateway intents the bot needs: guilds, guild messages
// (mentions and replies) and direct messages; Message Content only when
// configured (mentions, replies that ping the bot and DMs carry their text
// without it).
func intents(cfg Config) discordgo.Intent {
	i := discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if cfg.MessageContent {
		i |= discordgo.IntentMessageContent
	}
	return i
}

// Run connects to Discord, registers the commands (in Config.GuildID if
// set, else globally; shard 0 only), and serves until ctx is done. Then it
// stops taking questions, lets those in flight finish within
// Config.ShutdownGrace, closes the gateway and returns nil. It returns
// ErrInvalidToken if Discord rejects the token, a *GatewayError on another
// fatal gateway close, and other errors if Discord cannot be reached at start.
func (b *Bot) Run(ctx context.Context) error {
	if !b.started.CompareAndSwap(false, true) {
		return errors.New("bot: Run called twice")
	}
	defer b.cancelWork()
	b.log.Info("starting", "config", b.cfg.String())

	gb, err := b.s.GatewayBot(discordgo.WithContext(ctx))
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return b.classify(fmt.Errorf("reach discord at %s: %w", b.cfg.APIBase, err))
	}
	if gb.Shards > b.cfg.ShardCount {
		b.log.Warn("discord recommends more shards", "recommended", gb.Shards, "shard_count", b.cfg.ShardCount)
	}
	if err := b.open(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	if b.cfg.ShardID == 0 {
		if err := b.registerCommands(ctx); err != nil {
			// The gateway is open and questions may be in flight: they
			// get the same graceful shutdown as after a normal run.
			b.shutdown()
			if ctx.Err() != nil {
				return nil
			}
			return b.classify(err)
		}
	}
	b.log.Info("ready", "user_id", b.userID())

	for {
		select {
		case <-ctx.Done():
			b.shutdown()
			return nil
		case <-b.disconnected:
			if ctx.Err() != nil {
				continue
			}
			b.log.Warn("gateway connection lost; reconnecting")
			if err := b.reconnect(ctx); err != nil {
				b.shutdown()
				return err
			}
		}
	}
}

// open opens the gateway once, in a goroutine so that ctx can abandon it,
// and waits for the first READY. It never leaves a gateway open behind an
// error: if ctx ends while discordgo's Open runs, Open is left to finish
// in the background and its session closed if it opened (else a websocket
// and its heartbeat would outlive Run); if ctx ends or READY does not come
// after Open returned, the session is closed at once.
func (b *Bot) open(ctx context.Context) error {
	done := make(chan error, 1)
	b.opening.Store(true)
	go func() {
		err := b.s.Open()
		b.opening.Store(false)
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			return b.classify(fmt.Errorf("open discord gateway: %w", err))
		}
	case <-ctx.Done():
		go func() {
			// A failed Open has already closed its websocket.
			if err := <-done; err == nil {
				b.log.Info("gateway opened after shutdown began; closing it")
				b.closeGateway()
			}
		}()
		return ctx.Err()
	}
	b.s.State.RLock()
	if u := b.s.State.User; u != nil {
		id := u.ID
		b.botID.Store(&id)
	}
	b.s.State.RUnlock()
	t := time.NewTimer(readyTimeout)
	defer t.Stop()
	select {
	case <-b.ready:
		return nil
	case <-ctx.Done():
		b.closeGateway()
		return ctx.Err()
	case <-t.C:
		b.closeGateway()
		return fmt.Errorf("open discord gateway: no READY within %s", readyTimeout)
	}
}

// reconnect reopens the gateway with exponential backoff until it works,
// ctx ends (nil), or Discord says not to retry (error).
func (b *Bot) reconnect(ctx context.Context) error {
	wait := time.Second
	for {
		err := b.open(ctx)
		if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			b.log.Info("gateway reconnected")
			return nil
		}
		if ctx.Err() != nil {
			return nil
		}
		var ge *GatewayError
		if errors.Is(err, ErrInvalidToken) || errors.As(err, &ge) {
			return err
		}
		b.log.Warn("gateway reconnect failed", "err", err, "retry_in", wait)
		if b.deps.Sleep(ctx, wait) != nil {
			return nil
		}
		wait = min(wait*2, time.Minute)
	}
}

// classify turns a 401 or a fatal gateway close into ErrInvalidToken or a
// *GatewayError; other errors pass through.
func (b *Bot) classify(err error) error {
	var re *discordgo.RESTError
	if errors.Is(err, discordgo.ErrUnauthorized) || errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
		return ErrInvalidToken
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) && fatalCloseCode(ce.Code) {
		if ce.Code == 4004 {
			return ErrInvalidToken
		}
		return &GatewayError{Code: ce.Code, Reason: ce.Text}
	}
	return err
}

func (b *Bot) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	if r.User != nil {
		id := r.User.ID
		b.botID.Store(&id)
	}
	b.readyOnce.Do(func() { close(b.ready) })
}

// readyTimeout bounds the wait for the first READY after the gateway opens.
const readyTimeout = 30 * time.Second

func (b *Bot) userID() string {
	if p := b.botID.Load(); p != nil {
		return *p
	}
	// discordgo updates its State from READY before it runs any handler,
	// but runs handlers concurrently: a message handled right after READY
	// may run before onReady has stored the ID.
	b.s.State.RLock()
	defer b.s.State.RUnlock()
	if u := b.s.State.User; u != nil {
		return u.ID
	}
	return ""
}

// begin registers an event as in flight; it returns false once shutdown
// has begun. done must be called when the event is handled.
func (b *Bot) begin() (done func(), ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.accepting {
		return nil, false
	}
	b.inflight.Add(1)
	return b.inflight.Done, true
}

// shutdown stops taking questions, waits for those in flight (bounded by
// ShutdownGrace, then cancels them and waits a little more for their
// apologies to go out) and closes the gateway.
func (b *Bot) shutdown() {
	b.mu.Lock()
	b.accepting = false
	b.mu.Unlock()
	b.log.Info("shutting down: finishing questions in flight", "grace", b.cfg.ShutdownGrace)

	idle := make(chan struct{})
	go func() { b.inflight.Wait(); close(idle) }()
	timer := time.NewTimer(b.cfg.ShutdownGrace)
	defer timer.Stop()
	select {
	case <-idle:
	case <-timer.C:
		b.log.Warn("shutdown grace over; cancelling questions still in flight")
		b.cancelWork()
		final := time.NewTimer(5 * time.Second)
		defer final.Stop()
		select {
		case <-idle:
		case <-final.C:
		}
	}
	if b.opening.Load() {
		// Abandoned by open when ctx ended; it closes the session itself
		// if Open ever succeeds, and Close would block until then.
		b.log.Warn("gateway still connecting; it will be closed if it connects")
	} else {
		b.closeGateway()
	}
	b.log.Info("stopped")
}

func (b *Bot) closeGateway() {
	if err := b.s.Close(); err != nil {
		b.log.Warn("close gateway", "err", err)
	}
}
