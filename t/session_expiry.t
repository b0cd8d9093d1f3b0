# Session lifetime on the server (security items 4 and 5): idle timeout,
# maximum age of a session in use, logout, and fixation (a cookie from
# before the login never becomes the session).  /sess/short has
# MpinSessionIdleTimeout 2 and MpinSessionMaxAge 4 (t/conf/extra.d/access.conf).
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Time::HiRes qw(time sleep);
use lib 't/lib';
use MpinTest;
use MpinServer qw(log_offset log_since signed_cookie session_key xhr_headers nav_headers);

Test::More->builder->failure_output(\*STDERR);

my $KEY = session_key('test-session-secret-0123456789abcdef');    # t/conf/extra.conf.in
my $SHORT = '/sess/short/env';
my $LONG = '/access/cgi/env-json';

sub user_at {
    my ($cookie, $path) = @_;
    my $r = http(GET => $path, undef, xhr_headers(), Cookie => "mpin_session=$cookie");
    return $r->code == 200 ? (json_decode($r->content) || {})->{env}{REMOTE_USER} : $r->code;
}

devrps_reset();

# ------------------------------------------- idle timeout and maximum age
# Both sessions are made at the default location (the store keeps them for
# 30 minutes): only the module's own check can end them at /sess/short.
#
# No outcome depends on how fast the machine answers: each answer is judged
# by when it was asked (Time::HiRes, the clock httpd reads too).  A session
# ends when asked 2 s after its last use; it must live when asked less than
# 1.8 s after it (the stored last use may lag by a tenth of the idle timeout,
# src/session/session.c touch_interval) and before its maximum age.
my $off = log_offset();
my $idle_made = time;      # alice's record is made after this
my $idle = login_as('alice');
# (checked where the idle timeout is long, so that nothing shortens the
# record's life in the store: the expiry is then the module's, and logged)
is(user_at($idle, $LONG), 'alice', 'idle: the session works at first');
my $idle_used = time;      # its last use is before this
sleep 0.1 while time < $idle_used + 2.2;
my $idle_after = user_at($idle, $SHORT);
my $idle_asked = time;
is($idle_after, 401, 'idle: after 2 s without a request the session is over');

# A session in use every 0.4 s until it is 2.4 s old.  A busy machine may
# leave more than 1.8 s between two requests, and then the session may end:
# a fresh one is tried then (at most 5), and the test fails only on an end
# that came too early.
my ($busy, $busy_made, $busy_made_by, @early, $lived, $tries);
for my $try (1 .. 5) {
    $tries = $try;
    $busy_made = time;         # its record is made after this: its maximum age ends after $busy_made + 4
    $busy = login_as('bob');
    $busy_made_by = time;      # and before this
    my $prev = $busy_made;     # when the last use before the next request was asked, at the earliest
    my $ended;
    while (1) {
        my $sent = time;
        my $who = user_at($busy, $SHORT) // '';
        my $answered = time;
        if ($who ne 'bob') {
            push @early, sprintf('%s asked %.2f s after the last use, %.2f s after the login', $who,
                                 $answered - $prev, $answered - $busy_made)
                if $answered - $prev < 1.8 && $answered - $busy_made < 4;
            $ended = 1;
            last;
        }
        $prev = $sent;
        if ($sent > $busy_made_by + 2.4) { $lived = 1; last }
        sleep 0.4;
    }
    last if $lived || @early;
}
is("@early", '', 'in use: a session used every 0.4 s never ended before its idle timeout');
ok($lived, "in use: it lived past the idle timeout (try $tries)");
sleep 0.1 while time < $busy_made_by + 4.3;
is(user_at($busy, $SHORT), 401, 'in use: after the maximum age of 4 s the session is over all the same');
is(user_at($idle, $LONG), 401, 'idle: the ended session is gone from the store, not just refused there');
is(user_at($busy, $LONG), 401, 'in use: likewise');
my $log = log_since($off);
# (on a machine so busy that the check came after the maximum age, that is
# the reason given)
my $reason = $idle_asked < $idle_made + 4 ? 'idle timeout' : '(?:idle timeout|maximum age)';
like($log, qr/MPIN01105: session of user alice expired \($reason\)/, 'the idle end is logged with its reason');
unlike($log, qr/\Q$idle\E|\Q$busy\E/, 'without the cookies');

# ------------------------------------------------------------------ logout
my $c = login_as('carol');
my $other = login_as('carol');
is(user_at($c, $LONG), 'carol', 'logout: the session works');
my $r = http(GET => '/logout', undef, nav_headers(), Cookie => "mpin_session=$c");
is($r->code, 302, 'logout: redirects');
is($r->header('Location'), '/', '  to MpinLogoutRedirect');
is(cookie_from($r), '', '  and expires the cookie');
is(user_at($c, $LONG), 401, 'logout: the copied cookie is dead on the server');
$r = http(GET => '/protected', undef, nav_headers(), Cookie => "mpin_session=$c");
is($r->code, 302, '  /protected sends it to the login page');
is(user_at($other, $LONG), 'carol', '  another session of the same user lives on');

# ---------------------------------------------------------------- fixation
my $mallory = login_as('mallory');
my @planted = (
    ['an arbitrary value', 'attacker-chosen-value'],
    ['a validly shaped, signed value unknown to the store', signed_cookie($KEY, 'A' x 32)],
    ["the attacker's own live session", $mallory],
);
for my $p (@planted) {
    my ($what, $value) = @$p;
    my $ott = devrps_mint('alice', 1);
    my $res = http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => $ott}},
                   'Content-Type' => 'application/json', Cookie => "mpin_session=$value");
    is($res->code, 200, "fixation ($what): alice logs in with it planted");
    my $new = cookie_from($res);
    ok($new && $new ne $value, '  and gets a new session id');
    is(user_at($new, $LONG), 'alice', '  which is alice');
    isnt(user_at($value, $LONG), 'alice', '  while the planted cookie never becomes alice');
}
is(user_at($mallory, $LONG), 'mallory', "the attacker's session is still only the attacker's");
my $again = login_as('alice');
my $again2 = login_as('alice');
isnt($again, $again2, 'every login issues a new id, even for the same user');

done_testing();
