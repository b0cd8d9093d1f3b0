# Issue 6 "Hostile clients" (security item 7): slow bodies, bodies larger
# than declared, chunked bodies past the cap, thousands of cookies, 16 KB
# cookie values, NUL bytes, and user ids from the RPS that are not clean
# UTF-8.  Each gets a clear 4xx (or 502 for the RPS's) and the server keeps
# serving.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use Apache::TestRequest ();
use lib 't/lib';
use MpinTest;
use IO::Socket::INET;
use Time::HiRes qw(time sleep);

plan tests => 21;
Test::More->builder->failure_output(\*STDERR);
devrps_reset();
my $cookie = login_as('hostile@example.com');

my ($host, $port) = split /:/, Apache::TestRequest::hostport();

# Sends raw bytes (in pieces, with pauses) and returns the status line.
sub raw_request {
    my (@pieces) = @_;
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 30) or die "connect: $!";
    for my $p (@pieces) {
        if (ref $p) { sleep $$p; next }
        print $s $p;
    }
    local $/ = "\r\n";
    my $status = <$s> // '';
    $status =~ s/\r\n$//;
    close $s;
    return $status;
}

sub still_serving {
    my $r = http(GET => '/protected', undef, Cookie => "mpin_session=$cookie");
    return $r->code == 200;
}

# --- slow body: the declared 200 bytes never come
my $t0 = time;
my $slow = raw_request("POST /mpinAuthenticate HTTP/1.1\r\nHost: $host\r\nContent-Type: application/json\r\n"
                       . "Content-Length: 200\r\nConnection: close\r\n\r\n{\"mpinResponse\":", \1, '{');
like($slow, qr/^HTTP\/1\.1 (400|408)/, "a body that stalls: $slow");
# the 400/408 is httpd's read timeout (body=5): a client left waiting would
# see its own 30 s socket timeout instead; this bound only catches that
cmp_ok(time - $t0, '<', 25, sprintf('ended by the read timeout, not the client (%.1f s)', time - $t0));

# --- body larger than declared: only the declared bytes are the body
my $over = raw_request("POST /mpinAuthenticate HTTP/1.1\r\nHost: $host\r\nContent-Type: application/json\r\n"
                       . "Content-Length: 10\r\nConnection: close\r\n\r\n" . ('{"x":1}' x 500));
like($over, qr/^HTTP\/1\.1 400/, "a body larger than declared: $over (the declared bytes are not JSON)");

# --- chunked bodies past the cap
my $chunk = 'a' x 8192;
my $chunked = "POST /mpinAuthenticate HTTP/1.1\r\nHost: $host\r\nContent-Type: application/json\r\n"
            . "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            . join('', map { sprintf("%x\r\n%s\r\n", length $chunk, $chunk) } 1 .. 4) . "0\r\n\r\n";
like(raw_request($chunked), qr/^HTTP\/1\.1 413/, 'a chunked body past the cap of /mpinAuthenticate: 413');
my $big = "POST /mpinVerify HTTP/1.1\r\nHost: $host\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        . join('', map { sprintf("%x\r\n%s\r\n", length $chunk, $chunk) } 1 .. 9) . "0\r\n\r\n";
like(raw_request($big), qr/^HTTP\/1\.1 413/, 'a chunked body past the cap of /mpinVerify: 413');
ok(still_serving(), 'the server keeps serving');

# --- thousands of cookies, duplicates, 16 KB values
my $many = join '; ', map { "c$_=v" } 1 .. 1000;
my $r = http(GET => '/protected', undef, Cookie => "$many; mpin_session=$cookie");
is($r->code, 200, '1000 other cookies around a valid session: still found');
$r = http(GET => '/protected', undef, Cookie => join('; ', map { "mpin_session=x$_" } 1 .. 300) . "; mpin_session=$cookie");
is($r->code, 401, '300 forged mpin_session cookies before the valid one: only the first 8 are tried, no crash');
$r = http(GET => '/protected', undef, Cookie => "mpin_session=$cookie; " . join('; ', map { "mpin_session=x$_" } 1 .. 300));
is($r->code, 200, '... and the valid one first wins');
$r = http(GET => '/protected', undef, Cookie => 'mpin_session=' . ('A' x 16384), Accept => 'text/html');
like($r->code, qr/^4\d\d$/, '16 KB cookie value: ' . $r->code);
$r = http(GET => '/protected', undef, Cookie => 'mpin_session=' . ('A' x 8000), Accept => 'text/html');
is($r->code, 302, '8 KB cookie value within httpd\'s limits: refused, sent to the login page');
ok(still_serving(), 'the server keeps serving');

# --- NUL bytes
# Each time what comes before the NUL is a well-formed request of a fresh
# authOTT: a reader that stopped at the NUL would pass it on to the RPS
# (which answers 401/410, not 400).
$r = http(POST => '/mpinAuthenticate', '{"mpinResponse":{"authOTT":"' . random_hex(32) . "\"}}\0{}",
          'Content-Type' => 'application/json');
is($r->code, 400, 'a raw NUL after a well-formed JSON body: 400');
like($r->content, qr/JSON/, '  the reason names the JSON');
$r = http(POST => '/mpinAuthenticate', '{"mpinResponse":{"authOTT":"' . random_hex(32) . '\u0000"}}',
          'Content-Type' => 'application/json');
is($r->code, 400, 'an escaped \u0000 ending a 32-digit authOTT: 400');
like($r->content, qr/JSON/, '  the reason names the JSON');
is(http(POST => '/mpinVerify', "{\"userId\":\"a\0b\"}")->code, 400, 'a NUL in the registration callback: 400');

# --- user ids from the RPS that are not clean
devrps(POST => '/__dev/fault', {path => '/authenticate', mode => 'raw', status => 200, count => 1,
       body => '{"userId": "al\ud800ice", "mpinId": "", "status": 200, "message": "Authentication successful"}'});
is(http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => random_hex(32)}})->code, 502,
   'a userId with a lone surrogate from the RPS: 502');
devrps(POST => '/__dev/fault', {path => '/authenticate', mode => 'raw', status => 200, count => 1,
       body => '{"userId": "al\u0001ice\n", "mpinId": "", "status": 200, "message": "Authentication successful"}'});
$r = http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => random_hex(32)}});
is($r->code, 502, 'a userId with control characters from the RPS: 502');
ok(!cookie_from($r), 'and no session');
ok(still_serving(), 'the server keeps serving');
