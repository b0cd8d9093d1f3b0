package MpinTest;
# Helpers shared by the module's Apache::Test files: requests against the
# test server (no redirects followed, cookies explicit), the development RPS
# and its test controls, and a few assertions.
use strict;
use warnings;
use Exporter 'import';
use Apache::TestRequest ();
use LWP::UserAgent ();
use HTTP::Request ();
use JSON::PP ();

our @EXPORT = qw(server_url http devrps devrps_reset devrps_config devrps_mint devrps_log
    json_decode json_encode cookie_from login_as random_hex session_cookie_name url_encode);

my $JSON = JSON::PP->new->utf8->canonical->allow_nonref;
sub json_encode { $JSON->encode($_[0]) }
sub json_decode { my $s = shift; my $v = eval { $JSON->decode($s) }; $v }

sub session_cookie_name { 'mpin_session' }

sub server_url { 'http://' . Apache::TestRequest::hostport() }

my $UA = LWP::UserAgent->new(timeout => 30, max_redirect => 0, keep_alive => 0);

# http(METHOD, PATH-or-URL, BODY?, HEADER => VALUE ...): HTTP::Response.
# BODY: undef, a string, or a reference sent as JSON.
sub http {
    my ($method, $path, $body, @headers) = @_;
    my $url = $path =~ m{^https?://} ? $path : server_url() . $path;
    my $req = HTTP::Request->new($method => $url);
    while (my ($k, $v) = splice @headers, 0, 2) { $req->header($k => $v) }
    if (defined $body) {
        $body = json_encode($body) if ref $body;
        $req->content($body);
        $req->header('Content-Length' => length $body);
    }
    return $UA->request($req);
}

sub devrps_url { my $u = $ENV{MPIN_DEVRPS_URL} or die "MPIN_DEVRPS_URL is not set (run make test)"; $u }

sub devrps { my ($method, $path, $body, @h) = @_; http($method, devrps_url() . $path, $body, @h) }

# A clean development RPS whose callbacks point at this test server.
sub devrps_reset {
    my %extra = @_;
    my $r = devrps(POST => '/__dev/reset', '');
    die 'devrps reset failed: ' . $r->status_line unless $r->is_success;
    devrps_config(RPAVerifyUserURL => server_url() . '/mpinVerify', %extra);
}

sub devrps_config {
    my %cfg = @_;
    my $r = devrps(POST => '/__dev/config', \%cfg);
    die 'devrps config failed: ' . $r->status_line . ' ' . $r->content unless $r->is_success;
    json_decode($r->content);
}

# An authOTT for user, with a good (ok => 1) or wrong PIN.
sub devrps_mint {
    my ($user, $ok) = @_;
    my $r = devrps(POST => '/__dev/mint', {userId => $user, ok => $ok ? JSON::PP::true : JSON::PP::false});
    die 'devrps mint failed: ' . $r->status_line unless $r->is_success;
    json_decode($r->content)->{authOTT};
}

sub devrps_log { json_decode(devrps(GET => '/__dev/log')->content) || [] }

# The value of cookie name in a response's Set-Cookie headers ('' when cleared).
sub cookie_from {
    my ($res, $name) = @_;
    $name ||= session_cookie_name();
    for my $sc ($res->header('Set-Cookie')) {
        return $1 if $sc =~ /^\Q$name\E=([^;]*)/;
    }
    return undef;
}

# Logs user in through /mpinAuthenticate with a minted authOTT; returns the
# session cookie value.
sub login_as {
    my ($user) = @_;
    my $ott = devrps_mint($user, 1);
    my $r = http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => $ott}},
                 'Content-Type' => 'application/json');
    die 'login failed: ' . $r->status_line . ' ' . $r->content unless $r->code == 200;
    return cookie_from($r);
}

sub url_encode { my $s = shift; $s =~ s/([^A-Za-z0-9._~-])/sprintf '%%%02X', ord $1/ge; $s }

sub random_hex { my $n = shift || 32; join '', map { sprintf '%x', int rand 16 } 1 .. $n }

1;
