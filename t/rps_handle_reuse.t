# The RPS client keeps its curl handles set up between calls (no
# curl_easy_reset): nothing of one call may reach the next, which is usually
# another request's, and each call gets the transport options of its own
# Location.  An httpd of its own with one child process, and requests one at
# a time, so that every call reuses the same handle.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use Time::HiRes qw(time);
use MpinTest;
use MpinServer ();

plan tests => 6;
Test::More->builder->failure_output(\*STDERR);

devrps_reset();
my $tls = $ENV{MPIN_TLS_PORT} or die 'MPIN_TLS_PORT is not set (run t/run)';
my $srv = MpinServer->start(secret => 'handle-reuse-secret-0123456789abcdef', one_process => 1, conf => <<"CONF");
<Location /fast/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRpsTimeout 1 1
</Location>
<Location /tls-bad/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRpsURL https://127.0.0.1:$tls
</Location>
<Location /tls-ca/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRpsURL https://127.0.0.1:$tls
    MpinRpsCAFile "$ENV{MPIN_TLS_CA}"
</Location>
<Location /tls-off/mpinAuthenticate>
    SetHandler mpin-authenticate
    MpinRpsURL https://127.0.0.1:$tls
    MpinRpsVerifyTLS Off
</Location>
CONF

sub login { my ($path, $ott) = @_;
    http(POST => $srv->url($path // '/mpinAuthenticate'),
         {mpinResponse => {authOTT => $ott // devrps_mint('alice@example.com', 1)}},
         'Content-Type' => 'application/json') }

# the last line the module logged about an RPS /authenticate failure
sub last_failure { (grep { /MPIN01605/ } split /\n/, $srv->log)[-1] // '' }

subtest 'method, body and headers of one call do not reach the next' => sub {
    devrps_clear_log();
    my $r = http(PUT => $srv->url('/rps/user'), {userId => 'reuse@example.com', wid => 'x'},
                 'Content-Type' => 'application/json', Origin => 'http://origin.example',
                 'User-Agent' => 'reuse-agent/1');
    ok($r->code < 500, 'a proxied PUT with a body, an Origin and a User-Agent: ' . $r->code);
    $r = http(OPTIONS => $srv->url('/rps/clientSettings'));
    ok($r->code < 500, 'then a proxied OPTIONS without a body: ' . $r->code);
    is(login()->code, 200, 'then a login');
    is(http(GET => $srv->url('/rps/clientSettings'))->code, 200, 'then a proxied GET');
    my @log = grep { $_->{path} !~ m{^/__dev/} } @{ devrps_log() };
    is(join(' ', map { "$_->{method} $_->{path}" } @log),
       'PUT /rps/user OPTIONS /rps/clientSettings POST /authenticate POST /loginResult GET /rps/clientSettings',
       'the RPS saw each call with its own method');
    my ($opt, $auth, $lr, $get) = @log[1 .. 4];
    is($lr->{headers}{'content-type'}, 'application/json', '/loginResult: its own Content-Type');
    is($opt->{body} // '', '', 'OPTIONS: no body (not the PUT\'s)');
    ok(!defined $opt->{headers}{'content-type'}, 'OPTIONS: no Content-Type');
    is($auth->{headers}{'content-type'}, 'application/json', '/authenticate: its own Content-Type');
    ok(!defined $auth->{headers}{origin}, '/authenticate: no Origin left from the proxied PUT');
    unlike($auth->{headers}{'user-agent'} // '', qr/reuse-agent/, '/authenticate: not the proxied User-Agent');
    ok(!defined $auth->{headers}{'x-forwarded-for'}, '/authenticate: no X-Forwarded-For');
    is($get->{body} // '', '', 'GET: no body (not the login\'s)');
    ok(!defined $get->{headers}{'content-type'}, 'GET: no Content-Type');
};

subtest 'a HEAD then a login' => sub {
    devrps_clear_log();
    my $r = http(HEAD => $srv->url('/rps/clientSettings'));
    is($r->code, 200, 'a proxied HEAD');
    is(login()->code, 200, 'then a login');
    my @log = grep { $_->{path} !~ m{^/__dev/} } @{ devrps_log() };
    is(join(' ', map { "$_->{method} $_->{path}" } @log),
       'GET /rps/clientSettings POST /authenticate POST /loginResult',
       'HEAD is asked as GET, then the login\'s POST with its body');
    my $sent = json_decode($log[1]{body} // '') || {};
    is_deeply([sort keys %$sent], [qw(authOTT logoutData logoutURL)],
              'a whole {"authOTT", "logoutURL", "logoutData"} body');
};

subtest 'timeouts are those of each call\'s Location' => sub {
    devrps_fault(path => '/authenticate', mode => 'delay', ms => 1500, count => 1);
    my $t0 = time;
    is(login('/fast/mpinAuthenticate')->code, 504, 'MpinRpsTimeout 1 1: a 1.5 s RPS is too slow');
    cmp_ok(time - $t0, '<', 1.45, '... given up after 1 s');
    devrps_fault(path => '/authenticate', mode => 'delay', ms => 1500, count => 1);
    is(login()->code, 200, 'then the server\'s MpinRpsTimeout 2 5 on the same handle: 200');
    devrps_fault(path => '/authenticate', mode => 'delay', ms => 1500, count => 1);
    is(login('/fast/mpinAuthenticate')->code, 504, 'and /fast again: 504');
};

subtest 'TLS: a CA file or verification off never outlives its call' => sub {
    like(login('/tls-ca/mpinAuthenticate', random_hex(32))->code, qr/^50[24]$/,
         'MpinRpsCAFile: the handshake passes (then 502/504: not an RPS)');
    unlike(last_failure(), qr/certificate|SSL/i, '... not a certificate error');
    is(login('/tls-bad/mpinAuthenticate', random_hex(32))->code, 502,
       'then no CA file: the certificate does not verify (502)');
    like(last_failure(), qr/certificate|SSL/i, '... a certificate error');
    like(login('/tls-off/mpinAuthenticate', random_hex(32))->code, qr/^50[24]$/, 'MpinRpsVerifyTLS Off: passes');
    unlike(last_failure(), qr/certificate|SSL/i, '... not a certificate error');
    is(login('/tls-bad/mpinAuthenticate', random_hex(32))->code, 502, 'then verification is on again (502)');
    like(last_failure(), qr/certificate|SSL/i, '... a certificate error');
    is(login()->code, 200, 'and plain http to the RPS still works on the same handle');
};

# http:// calls go through the module's own client (its connection reuse
# is t/rps_http_client.t's); the https:// ones above are libcurl's, and the
# module logs each curl handle it makes (MPIN03705)
subtest 'one curl handle did all the https calls' => sub {
    my $log = $srv->log;
    my $https = () = $log =~ /MPIN01605: login failed: RPS \/authenticate/g;
    cmp_ok($https, '>=', 6, "the https logins failed at the RPS as they should ($https)");
    my $handles = () = $log =~ /MPIN03705/g;
    is($handles, 1, 'and one curl handle, made for the first of them, served every one');
};

# the 64 KiB reply cap and redirects, with a handle that served calls before
subtest 'caps still hold on a reused handle' => sub {
    devrps_fault(path => '/authenticate', mode => 'huge', bytes => 65 * 1024, count => 1);
    is(login(undef, random_hex(32))->code, 502, 'a 65 KiB reply: 502');
    devrps_fault(path => '/authenticate', mode => 'redirect', count => 1);
    devrps_clear_log();
    is(login(undef, random_hex(32))->code, 502, 'a redirect: 502');
    is(scalar devrps_requests(undef, '/__dev/redirect-target'), 0, '... not followed');
    is(login()->code, 200, 'then a login: 200');
};

$srv->stop;
devrps_reset();
