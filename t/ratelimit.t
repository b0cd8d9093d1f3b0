# MpinRateLimit: a flood from one client address gets 429 with Retry-After
# after its burst, on every limited endpoint (one budget per address), while
# another address is unaffected; the refusals are counted in mpin-status and
# logged once, not once per request; the table survives a graceful restart;
# mod_remoteip's client address is the one counted, IPv6 by /64.
#
# Nothing here depends on speed: the rate is one request per 1000 s, so
# only the burst matters, however slowly the requests are answered.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use LWP::UserAgent ();
use Time::HiRes qw(time sleep);
use lib 't/lib';
use MpinTest;
use MpinServer qw(login_at config_test);
use File::Temp qw(tempdir);

Test::More->builder->failure_output(\*STDERR);

my $BURST = 5;
my $srv = MpinServer->start(secret => 'ratelimit-secret-0123456789abcdef0', conf => <<"CONF");
MpinRateLimit 0.001 $BURST
<Location /login>
    MpinLoginMethods pinpad password
    MpinPasswordProvider file
    AuthUserFile "\@ROOT\@/htpasswd"
</Location>
<Location /open/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRateLimit Off
</Location>
<Location /mpin-status>
    SetHandler mpin-status
</Location>
CONF

# requests from a given loopback address (127.0.0.2 is as much this machine
# as 127.0.0.1, and httpd sees it as another client)
my %UA;
sub from {
    my ($ip, $method, $path, $body, @h) = @_;
    my $ua = $UA{$ip} ||= LWP::UserAgent->new(timeout => 30, max_redirect => 0, keep_alive => 0,
                                              local_address => $ip);
    return send_request($ua, $method, $srv->url($path), $body, @h);
}
sub pinpad { from($_[0], POST => $_[1] // '/mpinAuthenticate', {mpinResponse => {authOTT => random_hex(32)}},
                  'Content-Type' => 'application/json') }
sub status_json { json_decode(http(GET => $srv->url('/mpin-status?format=json'))->content) }
sub refused_count { status_json()->{'mpin_refusals_total{reason="rate_limit"}'} }
sub log_lines { my @l = $srv->log =~ /^.*MPIN03103.*$/mg; @l }

devrps_reset();
is(refused_count(), 0, 'mpin-status counts rate-limit refusals, none yet');

# ------------------------------------------------------------ the burst
my $t0 = time;
my @codes = map { pinpad('127.0.0.1')->code } 1 .. $BURST;
ok(!grep({ $_ == 429 } @codes), "the first $BURST logins from an address are answered (@codes)");
my $r = pinpad('127.0.0.1');
is($r->code, 429, 'the next one gets 429 Too Many Requests');
my $retry = $r->header('Retry-After') // '';
like($retry, qr/^\d+$/, "  with Retry-After ($retry)");
ok($retry >= 1 && $retry <= 1000, '  within one interval (1000 s)');
like($r->header('Content-Type'), qr{^application/json}, '  a JSON answer, as the PIN pad expects');
like($r->content, qr/Too many login attempts/, '  that says why');
ok(!defined cookie_from($r), '  and no cookie');

my $flood = 30;
my @flood = map { pinpad('127.0.0.1')->code } 1 .. $flood;
is(scalar(grep { $_ == 429 } @flood), $flood, "a flood of $flood more: every one refused");
my $refused = 1 + $flood;

# one budget per address for every limited endpoint
$r = from('127.0.0.1', POST => '/login', 'username=a&password=b&csrf_token=c',
          'Content-Type' => 'application/x-www-form-urlencoded');
is($r->code, 429, 'the password login from that address: 429');
ok(defined $r->header('Retry-After'), '  with Retry-After');
$r = from('127.0.0.1', POST => '/mpinActivate', 'i=aa&e=x&s=bb&m=cc',
          'Content-Type' => 'application/x-www-form-urlencoded');
is($r->code, 429, 'the activation POST: 429');
$r = from('127.0.0.1', PUT => '/rps/user', '{"userId":"x@example.com"}', 'Content-Type' => 'application/json');
is($r->code, 429, 'a registration through /rps/: 429');
is(from('127.0.0.1', POST => '/rps/pass1', '{}', 'Content-Type' => 'application/json')->code, 429,
   'the M-Pin pass1 through /rps/: 429');
$refused += 4;
isnt(from('127.0.0.1', POST => '/rps/access', '{"webOTT":"00"}', 'Content-Type' => 'application/json')->code, 429,
     'the access-number poll is not limited');
isnt(from('127.0.0.1', GET => '/rps/clientSettings')->code, 429, 'nor the client settings');
isnt(from('127.0.0.1', GET => '/mpinActivate?i=aa')->code, 429, 'nor the activation page (GET)');
isnt(from('127.0.0.1', GET => '/login')->code, 429, 'nor the login page');
is(join(',', map { pinpad('127.0.0.1', '/open/mpinAuthenticate')->code == 429 ? 'x' : 'ok' } 1 .. $BURST + 2),
   join(',', ('ok') x ($BURST + 2)), 'MpinRateLimit Off: a location without the limit');

# ------------------------------------------------------------ another address
@codes = map { pinpad('127.0.0.2')->code } 1 .. $BURST;
ok(!grep({ $_ == 429 } @codes), "another address (127.0.0.2) is unaffected (@codes)");
is(pinpad('127.0.0.2')->code, 429, '  and has its own budget');
$refused++;
my $ott = devrps_mint('alice', 1);
$r = from('127.0.0.3', POST => '/mpinAuthenticate', {mpinResponse => {authOTT => $ott}},
          'Content-Type' => 'application/json');
is($r->code, 200, 'a real login from a third address succeeds');

# ------------------------------------------------------------ counted, logged
is(refused_count(), $refused, "mpin-status counts the $refused refusals");
my $elapsed = time - $t0;
my @lines = log_lines();
ok(@lines >= 1, 'the refusals are logged');
ok(@lines <= 1 + int($elapsed / 60), '  at most once a minute (' . scalar(@lines) . " line(s) in ${\ int $elapsed} s)")
    or diag join "\n", @lines;
like($lines[0] // '', qr/\[mpin_rpa:warn\].*rate limit: 1 request refused, the latest from 127\.0\.0\.1 to \/mpinAuthenticate/,
     '  the first refusal at once, as a warning naming the client');
like($lines[0] // '', qr/one request every 1000000 ms, bursts of 5/, '  and the limit');

# ------------------------------------------------------------ graceful restart
# graceful returns once the new generation logged "resuming normal
# operations" and answers (a generous deadline: a busy machine is slow)
ok(eval { $srv->graceful; 1 }, 'graceful restart done') or diag $@;
# a request the old generation was refusing while it went away (503, or no
# answer): asked again, until an answer or a deadline only a broken server
# reaches
my $code = 0;
my $end = time + 60;
do { $code = pinpad('127.0.0.1')->code; sleep 0.1 if $code == 503 || $code == 0 }
    while ($code == 503 || $code == 0) && time < $end;
is($code, 429, 'after a graceful restart the flooding address is still refused (the table is kept)');
is(pinpad('127.0.0.4')->code == 429 ? 429 : 'ok', 'ok', '  and a new address is not');
unlike($srv->log, qr/MPIN03101/, '  no error creating the table');
$srv->stop;

# ------------------------------------------------------------ mod_remoteip, IPv6 /64
my $proxied = MpinServer->start(secret => 'ratelimit-secret-0123456789abcdef0', conf => <<'CONF');
LoadModule remoteip_module /usr/lib/apache2/modules/mod_remoteip.so
RemoteIPHeader X-Forwarded-For
RemoteIPInternalProxy 127.0.0.1
MpinRateLimit 0.001 2
CONF
sub via {
    my ($client) = @_;
    return http(POST => $proxied->url('/mpinAuthenticate'), {mpinResponse => {authOTT => random_hex(32)}},
                'Content-Type' => 'application/json', 'X-Forwarded-For' => $client)->code;
}
sub seq { join ',', map { $_ == 429 ? 429 : 'ok' } @_ }
is(seq(map { via('192.0.2.10') } 1 .. 3), 'ok,ok,429', 'behind mod_remoteip: the client of X-Forwarded-For is limited');
is(seq(via('192.0.2.11')), 'ok', '  not the proxy: another client passes');
is(seq(map { via("2001:db8:1:2::$_") } 1 .. 3), 'ok,ok,429', 'IPv6: addresses of one /64 share a budget');
is(seq(via('2001:db8:1:3::1')), 'ok', '  another /64 has its own');
is(seq(via('::ffff:192.0.2.10')), '429', 'an IPv4-mapped address counts as the IPv4 address');
$proxied->stop;

# ------------------------------------------------------------ the default
# 10 a second in bursts of 100: a hundred logins at once from one address
# (an office behind one NAT address at nine o'clock) all pass; refills only
# add to that, so this does not depend on speed
my $default = MpinServer->start(secret => 'ratelimit-secret-0123456789abcdef0');
my @many = map { http(POST => $default->url('/mpinAuthenticate'), {mpinResponse => {authOTT => random_hex(32)}},
                      'Content-Type' => 'application/json')->code } 1 .. 100;
is(scalar(grep { $_ == 429 } @many), 0, 'the default limit: 100 logins at once from one address pass');
$default->stop;

# ------------------------------------------------------------ configuration
my $tmp = tempdir(CLEANUP => 1);
for my $bad ('MpinRateLimit 0 10', 'MpinRateLimit 10', 'MpinRateLimit 10 0', 'MpinRateLimit fast 10',
             'MpinRateLimit 1001 10', 'MpinRateLimit 0.0001 10', 'MpinRateLimit Off 10',
             'MpinRateLimit 10 100001') {
    my ($rc, $out) = config_test($tmp, $bad);
    ok($rc != 0 && $out =~ /MpinRateLimit: /, "apachectl -t refuses '$bad'") or diag $out;
}
for my $good ('MpinRateLimit 10 100', 'MpinRateLimit 0.5 3', 'MpinRateLimit off',
              "<Location /x>\nMpinRateLimit 1000 100000\n</Location>") {
    my ($rc, $out) = config_test($tmp, $good);
    is($rc, 0, "apachectl -t accepts '$good'") or diag $out;
}
done_testing();
