-- One token bucket per key, refilled continuously: `capacity` tokens per `period_ms`.
-- Takes one token if there is one. Atomic, so concurrent callers (and gateway replicas)
-- never take more than the budget between them.
-- KEYS[1]  the bucket (a hash: t = tokens left, ts = time of the last update in ms)
-- ARGV[1]  capacity (the budget per period)
-- ARGV[2]  period in milliseconds
-- ARGV[3]  now in milliseconds, or -1 to use the Redis server's clock (one clock for all replicas)
-- returns  { allowed (1/0), tokens left (floor), ms until one token is back (0 if allowed), ms until full }
local capacity = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
if now < 0 then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

local state = redis.call('HMGET', KEYS[1], 't', 'ts')
local tokens = tonumber(state[1])
local updated = tonumber(state[2])
if tokens == nil or updated == nil then
  tokens = capacity
  updated = now
end
if now > updated then
  tokens = tokens + (now - updated) * capacity / period
  updated = now
end
if tokens > capacity then
  tokens = capacity
end

local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end

redis.call('HSET', KEYS[1], 't', string.format('%.6f', tokens), 'ts', string.format('%.0f', updated))
-- a bucket untouched for a whole period is full again, which is the same as no bucket
redis.call('PEXPIRE', KEYS[1], period + 1000)

local retry = 0
if allowed == 0 then
  retry = math.ceil((1 - tokens) * period / capacity)
end
local reset = math.ceil((capacity - tokens) * period / capacity)
return { allowed, math.floor(tokens), retry, reset }
