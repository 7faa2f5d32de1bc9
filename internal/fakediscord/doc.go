// Package fakediscord is a fake Discord for tests: an HTTP REST API and a
// websocket gateway on 127.0.0.1 that behave like the real service on the
// routes the bot uses.
//
// The REST side answers with Discord's JSON shapes and status codes, sets
// X-RateLimit-* headers on every response, rejects a bad token with 401,
// enforces the message limits (2000 characters of content, 4096 per embed
// description, 6000 per message) with Discord's 400 "Invalid Form Body", and
// can be told to answer a route with 429 and a retry_after body. The gateway
// sends hello (op 10), answers identify (op 2) with a READY dispatch or closes
// with 4004 on a bad token, acknowledges heartbeats (op 1 -> op 11) and lets
// a test dispatch any event (INTERACTION_CREATE, MESSAGE_CREATE, ...).
//
// Every request is recorded (method, path, query, JSON body) so that a test
// asserts on what went over the wire.
package fakediscord
