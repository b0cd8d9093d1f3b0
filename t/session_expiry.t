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
my $off = log_offset();
my $idle = login_as('alice');
my $busy = login_as('bob');
my $t0 = time;
# (checked where the idle timeout is long, so that nothing shortens the
# record's life in the store: the expiry is then the module's, and logged)
is(user_at($idle, $LONG), 'alice', 'idle: the session works at first');
is(user_at($busy, $SHORT), 'bob', 'the other session opens /sess/short');
my (@busy_ok, $idle_after, $idle_when);
while (time - $t0 < 3.6) {
    push @busy_ok, user_at($busy, $SHORT);
    # past the idle timeout, before the maximum age
    if (!defined $idle_after && time - $t0 > 2.4) {
        $idle_when = time - $t0;
        $idle_after = user_at($idle, $SHORT);
    }
    sleep 0.4;
}
if (!defined $idle_after) {
    $idle_when = time - $t0;
    $idle_after = user_at($idle, $SHORT);
}
is($idle_after, 401, 'idle: after 2 s without a request the session is over');
is(scalar(grep { ($_ // '') eq 'bob' } @busy_ok), scalar @busy_ok,
   'in use: a session used every 0.4 s lived past the idle timeout (' . scalar(@busy_ok) . ' requests)');
sleep 0.1 while time - $t0 < 4.3;
is(user_at($busy, $SHORT), 401, 'in use: after the maximum age of 4 s the session is over all the same');
is(user_at($idle, $LONG), 401, 'idle: the ended session is gone from the store, not just refused there');
is(user_at($busy, $LONG), 401, 'in use: likewise');
my $log = log_since($off);
# (on a machine so busy that the check came after the maximum age, that is
# the reason given)
my $reason = $idle_when < 3.8 ? 'idle timeout' : '(?:idle timeout|maximum age)';
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
