# Sessions shared between servers through a real redis (MpinSessionStore
# redis:host:port), a store that is down (fail closed, a clear 503 page, no
# redirect loop), and proof that cookies with a bad tag never reach the
# store: redis counts the commands it is sent.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use IO::Socket::INET ();
use Time::HiRes qw(time);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at free_port session_key signed_cookie nav_headers xhr_headers redis_calls);

Test::More->builder->failure_output(\*STDERR);

my $redis = $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
my $SECRET = 'shared-session-secret-0123456789abcdef';
my $KEY = session_key($SECRET);

devrps_reset();
my $one = MpinServer->start(store => "redis:127.0.0.1:$redis", secret => $SECRET);
my $two = MpinServer->start(store => "redis:127.0.0.1:$redis", secret => $SECRET);

sub page {
    my ($srv, $cookie, @h) = @_;
    return http(GET => $srv->url('/protected'), undef, (@h ? @h : nav_headers()),
                defined $cookie ? (Cookie => "mpin_session=$cookie") : ());
}
sub user_on {
    my $r = page(@_);
    return $r->code == 200 && $r->content =~ /You are logged in as (\w+)/ ? $1 : $r->code;
}

# --------------------------------------------------------------- sharing
my $alice = login_at($one->url, 'alice');
is(user_on($one, $alice), 'alice', 'a login on the first server opens /protected there');
is(user_on($two, $alice), 'alice', '  and on the second server');
my $bob = login_at($two->url, 'bob');
is(user_on($one, $bob), 'bob', 'a login on the second server opens /protected on the first');
my $r = http(GET => $two->url('/logout'), undef, nav_headers(), Cookie => "mpin_session=$alice");
is($r->code, 302, 'a logout on the second server');
is(user_on($two, $alice), 302, '  ends the session there');
is(user_on($one, $alice), 302, '  and on the first server');
is(user_on($one, $bob), 'bob', '  and no other session');

# ------------------------------------ bad tags never reach the store
my $before = redis_calls();
for my $cookie ('forged.value', 'A' x 32 . '.' . 'B' x 43, signed_cookie(session_key('some-other-secret-0123456789abcdef'), 'C' x 32),
                substr($bob, 0, -1), "$bob=", '') {
    is(user_on($one, $cookie, xhr_headers()), 401, "a bad cookie ('" . substr($cookie, 0, 12) . "...') is refused");
}
is(redis_calls(), $before, '  and redis received no command for any of them');
is(user_on($one, signed_cookie($KEY, 'D' x 32), xhr_headers()), 401,
   'a correctly signed cookie of an unknown id is refused');
cmp_ok(redis_calls(), '>', $before, '  after a lookup in redis (the count does move)');

# ------------------------------------------------------------ store down
my $closed = free_port();
my $down = MpinServer->start(store => "redis:127.0.0.1:$closed", secret => $SECRET);
my $t = time;
$r = page($down, $bob);
is($r->code, 503, 'store down: a valid cookie on /protected gets 503');
like($r->header('Content-Type'), qr{^text/html}, '  an HTML page');
like($r->content, qr/Login is temporarily unavailable/, '  that says what is wrong');
unlike($r->content, qr/logged in as/, '  and shows nothing protected');
ok(!defined $r->header('Location'), '  no redirect (no loop through the login page)');
ok(!grep({ /^mpin_session=/ } $r->header('Set-Cookie')), '  and the cookie is left alone');
# not a measure of speed: only an answer held until the client gives up (30 s) fails this
cmp_ok(time - $t, '<', 25, '  not held (' . sprintf('%.1f s', time - $t) . ')');
is(page($down, $bob, xhr_headers())->code, 503, '  a script request gets 503 too');
# apr_redis skips a server it marked dead and answers "not found" meanwhile:
# that must not turn into "no session".
is(join(',', map { page($down, $bob, $_ % 2 ? xhr_headers() : nav_headers())->code } 1 .. 6),
   '503,503,503,503,503,503', '  and so does every later request');
like($down->log, qr/MPIN01102: session store lookup failed/, '  and the failure is logged');

$r = page($down, 'forged.value');
is($r->code, 302, 'store down: a forged cookie is refused by its tag alone, like no cookie');
$r = page($down, undef);
is($r->code, 302, 'store down, no cookie: the login page, as the store is not needed to say no');
is($r->header('Location'), '/login?return_to=%2Fprotected', '  with the way back');
$r = http(GET => $down->url('/login?return_to=%2Fprotected'), undef, nav_headers());
is($r->code, 200, '  and the login page itself shows (no loop)');
my $ott = devrps_mint('alice', 1);
$r = http(POST => $down->url('/mpinAuthenticate'), {mpinResponse => {authOTT => $ott}},
          'Content-Type' => 'application/json');
is($r->code, 503, '  where the login is then refused with 503');
like($r->content, qr/unavailable/i, '  saying the store is unavailable');
ok(!defined cookie_from($r), '  without a cookie');

is(user_on($one, $bob), 'bob', 'the servers with a working store were not affected');
done_testing();
