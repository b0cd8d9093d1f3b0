# MpinRpsLoginResult On|Off|Auto [seconds]: when /mpinAuthenticate reports a
# login to the RPS's /loginResult.  An httpd of its own with one child
# process, so that Auto's per-process memory gives exact counts, and so that
# the 404s seen here do not change what the shared test server does.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use Time::HiRes qw(time sleep);
use MpinTest;
use MpinServer ();

plan tests => 12;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();
my $srv = MpinServer->start(secret => 'login-result-secret-0123456789abcdef', one_process => 1, conf => <<'CONF');
<Location /on/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRpsLoginResult On
</Location>
<Location /off>
    MpinRpsLoginResult Off
</Location>
<Location /off/mpinAuthenticate>
    SetHandler mpin-authenticate
</Location>
<Location /off/on/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRpsLoginResult on
</Location>
<Location /short/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRpsLoginResult Auto 2
</Location>
CONF

my $ALICE = 'alice@example.com';

# Logs in n times at path; returns how many /loginResult the RPS got
# meanwhile (and checks that every login succeeded).
sub logins {
    my ($path, $n, $name) = @_;
    devrps_clear_log();
    my @codes = map {
        http(POST => $srv->url($path), {mpinResponse => {authOTT => devrps_mint($ALICE, 1)}},
             'Content-Type' => 'application/json')->code
    } 1 .. $n;
    is(join(',', @codes), join(',', (200) x $n), "$name: $n logins, each 200");
    return scalar devrps_requests(POST => '/loginResult');
}

subtest 'an RPS that waits for login results (waitForLoginResult true)' => sub {
    devrps_config(waitForLoginResult => JSON::PP::true);
    is(logins('/mpinAuthenticate', 4, 'Auto (the default)'), 4, 'Auto: /loginResult at every login');
    my ($lr) = devrps_requests(POST => '/loginResult');
    is(logins('/on/mpinAuthenticate', 3, 'On'), 3, 'On: at every login');
    is(logins('/off/mpinAuthenticate', 3, 'Off (inherited from <Location /off>)'), 0,
       'Off: never, inherited by a child Location');
    is(logins('/off/on/mpinAuthenticate', 2, 'On below Off'), 2, 'a child Location overrides Off with On');
};

my $t404;
subtest 'an RPS that does not wait (waitForLoginResult false: /loginResult is 404)' => sub {
    devrps_config(waitForLoginResult => JSON::PP::false);
    is(logins('/mpinAuthenticate', 5, 'Auto'), 1, 'Auto: the first login asks, its 404 is remembered');
    $t404 = time;
    is(logins('/mpinAuthenticate', 3, 'Auto again'), 0, 'Auto: no /loginResult meanwhile');
    is(logins('/on/mpinAuthenticate', 2, 'On'), 2, 'On: still at every login (each a 404)');
    is(logins('/off/mpinAuthenticate', 2, 'Off'), 0, 'Off: never');
};

subtest 'the RPS switched back to waiting' => sub {
    devrps_config(waitForLoginResult => JSON::PP::true);
    my $n = logins('/mpinAuthenticate', 2, 'Auto within its minute');
    is($n, 0, 'Auto (60 s): the switch is not seen yet (the trade-off of Auto)');
    my $wait = $t404 + 2.3 - time;
    sleep $wait if $wait > 0;
    is(logins('/short/mpinAuthenticate', 1, 'Auto 2 after 2 s'), 1,
       'Auto 2: once the 404 is 2 s old, /loginResult is asked again');
    is(logins('/mpinAuthenticate', 2, 'Auto after a 200'), 2,
       'its 200 cleared the memory: Auto 60 asks again at once');
};

# the memory is per RPS URL: a second "RPS" (here the same one under another
# name) is asked while the first is remembered as not waiting
subtest 'Auto remembers per RPS URL' => sub {
    my $rps = $ENV{MPIN_DEVRPS_URL};
    (my $other = $rps) =~ s{//127\.0\.0\.1:}{//localhost:};
    plan skip_all => "the development RPS is not at 127.0.0.1 ($rps)" if $other eq $rps;
    my $s2 = MpinServer->start(secret => 'login-result-secret-0123456789abcdef', one_process => 1, conf => <<"CONF");
<Location /other/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRpsURL $other
</Location>
CONF
    my $save = $srv;
    $srv = $s2;
    devrps_config(waitForLoginResult => JSON::PP::false);
    is(logins('/mpinAuthenticate', 2, 'first RPS URL'), 1, 'the first URL answers 404 once');
    is(logins('/other/mpinAuthenticate', 2, 'second RPS URL'), 1, 'the second URL is asked on its own');
    devrps_config(waitForLoginResult => JSON::PP::true);
    is(logins('/mpinAuthenticate', 1, 'first RPS URL, now waiting'), 0, 'both remembered');
    $srv = $save;
    $s2->stop;
};

subtest 'failed logins are reported (403) unless Off' => sub {
    my $s3 = MpinServer->start(secret => 'login-result-secret-0123456789abcdef', conf => <<'CONF');
<Location /restricted/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinAllowedUsers bob@example.com
</Location>
<Location /restricted-off/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinAllowedUsers bob@example.com
    MpinRpsLoginResult Off
</Location>
CONF
    devrps_clear_log();
    my $r = http(POST => $s3->url('/restricted/mpinAuthenticate'),
                 {mpinResponse => {authOTT => devrps_mint($ALICE, 1)}}, 'Content-Type' => 'application/json');
    is($r->code, 403, 'a user outside the list: 403');
    my @lr = devrps_requests(POST => '/loginResult');
    is(scalar @lr, 1, 'Auto: the RPS is told');
    is((json_decode($lr[0] ? $lr[0]{body} : '') || {})->{status}, 403, '... with status 403');
    devrps_clear_log();
    $r = http(POST => $s3->url('/restricted-off/mpinAuthenticate'),
              {mpinResponse => {authOTT => devrps_mint($ALICE, 1)}}, 'Content-Type' => 'application/json');
    is($r->code, 403, 'Off: 403 too');
    is(scalar devrps_requests(POST => '/loginResult'), 0, 'Off: the RPS is not told');
    $s3->stop;
};

like($srv->log, qr/MPIN01612: RPS \/loginResult skipped/, 'a skipped /loginResult is logged (debug)');
unlike($srv->log, qr/MPIN01603/, 'no /loginResult failure was logged');
my $ott_leak = grep { /authOTT|[0-9a-f]{32}/i } grep { /loginResult/ } split /\n/, $srv->log;
is($ott_leak, 0, 'no authOTT in the /loginResult log lines');

# the two modes' calls go through the same RPS client: with an RPS that
# answers /loginResult with 500, On and Auto still log in, and Auto keeps
# asking (only a 404 is remembered)
devrps_config(waitForLoginResult => JSON::PP::true);
devrps_fault(path => '/loginResult', mode => 'status', status => 500, count => 2);
is(logins('/short/mpinAuthenticate', 2, 'Auto, /loginResult 500'), 2, 'Auto: a 500 is not remembered');
devrps(DELETE => '/__dev/fault');
is(logins('/mpinAuthenticate', 1, 'Auto after the 500s'), 1, 'and the next login asks too');

$srv->stop;
devrps_reset();
