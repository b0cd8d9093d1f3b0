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
    json_decode json_encode cookie_from login_as random_hex session_cookie_name url_encode
    devrps_fault devrps_clear_log devrps_requests devrps_expire devrps_callbacks
    pinpad_login set_cookie_header session_header timed in_child in_parallel send_request);

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
    return send_request($UA, $method, $path =~ m{^https?://} ? $path : server_url() . $path, $body, @headers);
}

# send_request(UA, METHOD, URL, BODY?, HEADER => VALUE ...): HTTP::Response, through that LWP::UserAgent.
# BODY: undef, a string, or a reference sent as JSON (no Content-Type added: give one).
sub send_request {
    my ($ua, $method, $url, $body, @headers) = @_;
    my $req = HTTP::Request->new($method => $url);
    while (my ($k, $v) = splice @headers, 0, 2) { $req->header($k => $v) }
    if (defined $body) {
        $body = json_encode($body) if ref $body;
        $req->content($body);
        $req->header('Content-Length' => length $body);
    }
    return $ua->request($req);
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

# An authOTT for user, with a good (ok => 1) or wrong PIN; mobile => 1: of
# an identity registered on a phone (its mpinId says "mobile": 1).
sub devrps_mint {
    my ($user, $ok, %o) = @_;
    my $r = devrps(POST => '/__dev/mint', {userId => $user, ok => $ok ? JSON::PP::true : JSON::PP::false,
                                           mobile => $o{mobile} ? JSON::PP::true : JSON::PP::false});
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
# session cookie value.  mobile => 1: with a phone's identity.
sub login_as {
    my ($user, %o) = @_;
    my $ott = devrps_mint($user, 1, %o);
    my $r = http(POST => '/mpinAuthenticate', {mpinResponse => {authOTT => $ott}},
                 'Content-Type' => 'application/json');
    die 'login failed: ' . $r->status_line . ' ' . $r->content unless $r->code == 200;
    return cookie_from($r);
}

sub url_encode { my $s = shift; $s =~ s/([^A-Za-z0-9._~-])/sprintf '%%%02X', ord $1/ge; $s }

# POST /__dev/fault (mode, path, method?, status?, ms?, count?, ...): the fault.
sub devrps_fault {
    my %f = @_;
    my $r = devrps(POST => '/__dev/fault', \%f);
    die 'devrps fault failed: ' . $r->status_line . ' ' . $r->content unless $r->is_success;
    json_decode($r->content);
}

sub devrps_clear_log { devrps(DELETE => '/__dev/log'); devrps(DELETE => '/__dev/callbacks'); return }

# The logged requests to the development RPS, optionally only METHOD PATH.
sub devrps_requests {
    my ($method, $path) = @_;
    return grep { (!defined $method || $_->{method} eq $method) && (!defined $path || $_->{path} eq $path) }
        @{ devrps_log() };
}

# The RPS's calls to the RPA (verify, permit) since the last clear.
sub devrps_callbacks { json_decode(devrps(GET => '/__dev/callbacks')->content) || [] }

# Makes an authOTT unknown to the RPS (its next /authenticate answers 408).
sub devrps_expire {
    my ($ott) = @_;
    my $r = devrps(POST => '/__dev/expire', {authOTT => $ott});
    die 'devrps expire failed: ' . $r->status_line unless $r->is_success;
    return;
}

# POSTs an authOTT the way the PIN pad does (full pass2 shape unless
# short => 1) to PATH (default /mpinAuthenticate); extra headers after.
sub pinpad_login {
    my ($ott, %o) = @_;
    my $path = delete $o{path} || '/mpinAuthenticate';
    my $body = delete $o{short} ? {mpinResponse => {authOTT => $ott}}
                                : {mpinResponse => {version => '0.3', pass => 2, authOTT => $ott}};
    return http(POST => $path, $body, 'Content-Type' => 'application/json', %o);
}

# The Set-Cookie header for the session cookie (undef when none).
sub set_cookie_header {
    my ($res, $name) = @_;
    $name ||= session_cookie_name();
    for my $sc ($res->header('Set-Cookie')) { return $sc if $sc =~ /^\Q$name\E=/ }
    return undef;
}

# A Cookie request header carrying a session cookie value.
sub session_header { ('Cookie' => session_cookie_name() . '=' . $_[0]) }

# Runs code; returns (its result, seconds taken).
sub timed {
    my ($code) = @_;
    require Time::HiRes;
    my $t0 = Time::HiRes::time();
    my $res = $code->();
    return ($res, Time::HiRes::time() - $t0);
}

# Runs code(ARGS) in a child process, at once; returns a function that waits for the child and returns what
# code returned (anything JSON can carry), or {error => why} when it died.  The child ends with _exit: no END
# block of the test (Test::Builder's, MpinServer's) runs in it.
sub in_child {
    my ($code, @args) = @_;
    pipe(my $r, my $w) or die "pipe: $!";
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        close $r;
        my $out = eval { {value => scalar $code->(@args)} } || {error => "$@"};
        print {$w} json_encode($out), "\n";
        close $w;
        require POSIX;
        POSIX::_exit(0);
    }
    close $w;
    return sub {
        my $line = <$r>;
        close $r;
        waitpid $pid, 0;
        my $out = json_decode($line // '') || {error => 'no answer'};
        return exists $out->{value} ? $out->{value} : {error => $out->{error}};
    };
}

# Runs N copies of code at once, each in a child process (code gets 1 .. N); returns their results, in
# that order (see in_child).
sub in_parallel {
    my ($n, $code) = @_;
    my @wait = map { in_child($code, $_) } 1 .. $n;
    return map { $_->() } @wait;
}

sub random_hex { my $n = shift || 32; join '', map { sprintf '%x', int rand 16 } 1 .. $n }

1;
