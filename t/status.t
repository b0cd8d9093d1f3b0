# mpin-status: counters shared by all httpd processes in Prometheus text and
# JSON, and the health answer for load balancers.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use MpinTest;

plan tests => 20;
Test::More->builder->failure_output(\*STDERR);
devrps_reset();

sub metrics {
    my $r = http(GET => '/mpin-status');
    my %m;
    for (split /\n/, $r->content) {
        next if /^#/;
        $m{$1} = $2 if /^(\S+)\s+(\S+)$/;
    }
    return ($r, \%m);
}
my ($r, $before) = metrics();
is($r->code, 200, 'GET /mpin-status');
like($r->header('Content-Type'), qr{^text/plain; version=0\.0\.4}, 'Prometheus text format');
like($r->content, qr/^# TYPE mpin_logins_total counter$/m, 'with TYPE lines');

# traffic: 3 PIN logins, 1 wrong PIN, 1 replay, 1 bad authOTT, 1 registration, 1 logout
my $ott;
for (1 .. 3) {
    $ott = devrps_mint("status$_\@example.com", 1);
    http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => $ott}});
}
http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => devrps_mint('status@example.com', 0)}});
http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => $ott}});
http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => 'xyz'}});
devrps(PUT => '/rps/user', {userId => 'status-reg@example.com', mobile => 0});
my $cookie = login_as('status-out@example.com');
http(GET => '/logout', undef, Cookie => "mpin_session=$cookie");

my (undef, $after) = metrics();
sub delta { my $k = shift; ($after->{$k} // 0) - ($before->{$k} // 0) }
is(delta('mpin_logins_total{method="pinpad",result="success"}'), 4, 'PIN logins counted (4)');
is(delta('mpin_logins_total{method="pinpad",result="failure"}'), 1, 'the wrong PIN counted');
is(delta('mpin_refusals_total{reason="replay"}'), 1, 'the replay counted');
is(delta('mpin_refusals_total{reason="format"}'), 1, 'the bad authOTT counted');
is(delta('mpin_registrations_total{result="accepted"}'), 1, 'the registration counted');
is(delta('mpin_logouts_total'), 1, 'the logout counted');
is(delta('mpin_sessions_created_total'), 4, 'sessions created');
cmp_ok(delta('mpin_rps_calls_total{outcome="ok"}'), '>=', 5, 'RPS calls by outcome');
cmp_ok(delta('mpin_rps_call_duration_seconds_count'), '>=', 5, 'with a latency histogram');
ok(exists $after->{'mpin_rps_call_duration_seconds_bucket{le="+Inf"}'}, 'whose buckets end at +Inf');

my $json = http(GET => '/mpin-status?format=json');
is($json->header('Content-Type'), 'application/json', '?format=json');
is(json_decode($json->content)->{'mpin_logouts_total'}, $after->{mpin_logouts_total}, 'says the same');

my $h = http(GET => '/mpin-status?format=health');
is($h->code . ' ' . $h->content, "200 OK\n", '?format=health: OK while the RPS answers');
$h = http(GET => '/mpin-status-down?format=health');
is($h->code . ' ' . $h->content, "503 RPS DOWN\n", '... RPS DOWN (503) when it does not');
is(http(GET => '/mpin-status?format=xml')->code, 400, 'an unknown format: 400');
is(http(PUT => '/mpin-status', 'x')->code, 405, 'PUT: 405');
# POST ends a user's sessions (t/user_sessions.t), and takes JSON only
is(http(POST => '/mpin-status', 'x')->code, 415, 'POST of anything but JSON: 415');
