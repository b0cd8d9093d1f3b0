package DevRPSTest;
# Helpers for the t/devrps*.t tests: HTTP calls to the development RPS
# ($ENV{MPIN_DEVRPS_URL}, started with --test-controls), JSON, the fake RPA
# (the t/cgi-bin/fake-rpa CGI under Apache::Test, else the devrps built-in
# /__dev/fake-rpa), and the M-Pin client side (through devrps/t/mpin-client.js).
use strict;
use warnings;
use Exporter 'import';
use LWP::UserAgent ();
use HTTP::Request ();
use JSON::PP ();
use File::Basename ();
use File::Spec ();
use POSIX ();
use Time::HiRes ();

our @EXPORT = qw(rps_url rps req jreq jbody dev reset_rps set_config mint fake_rpa fake_rpa_is_cgi
    fake_rpa_log callbacks last_callback register_user activate_identity pin_login pin_token
    authenticate json_encode json_decode is_hex uniq_tag mpin_decode);

use MpinTest ();

*json_encode = \&MpinTest::json_encode;
*json_decode = \&MpinTest::json_decode;

sub rps_url {
    my $u = $ENV{MPIN_DEVRPS_URL};
    return undef unless defined $u && length $u;
    $u =~ s{/+$}{};
    return $u;
}

my $UA = LWP::UserAgent->new(timeout => 30, max_redirect => 0, keep_alive => 0);

sub ua { $UA }

# req(METHOD, PATH-or-URL, BODY?, HEADER => VALUE...) -> HTTP::Response.
# BODY: undef (none), a string (sent as is) or a reference (sent as JSON).
# No Content-Type is added unless given: the RPS must not need one.
sub req {
    my ($method, $path, @rest) = @_;
    return MpinTest::send_request($UA, $method, $path =~ m{^https?://} ? $path : rps_url() . $path, @rest);
}

# The RPS itself is the only thing that sets Content-Type in our requests when
# asked; jreq sends JSON with application/json like the RPA does.
sub jreq {
    my ($method, $path, $body, @headers) = @_;
    return req($method, $path, $body, 'Content-Type' => 'application/json', @headers);
}

# Decoded JSON body, or undef when it is not JSON.
sub jbody { my $res = shift; return json_decode($res->decoded_content(charset => 'none') // '') }

# Test controls: dev(METHOD, '/mint', BODY) -> decoded JSON (dies on non-2xx).
sub dev {
    my ($method, $what, $body) = @_;
    my $res = req($method, "/__dev$what", $body);
    die "devrps $method /__dev$what: " . $res->status_line . ' ' . $res->content . "\n" unless $res->is_success;
    return jbody($res);
}

sub reset_rps { dev(POST => '/reset') }
sub set_config { my %c = @_; return dev(POST => '/config', \%c) }
sub mint { my %a = @_; return dev(POST => '/mint', \%a) }
sub callbacks { return dev(GET => '/callbacks') }
sub last_callback { my $c = callbacks(); return $c->[-1] }

sub is_hex { my ($s, $len) = @_; return defined $s && !ref $s && $s =~ /^[0-9a-f]+$/ && (!defined $len || length $s == $len) }

my $tag_seq = 0;
sub uniq_tag { return sprintf '%d-%d-%d', $$, time, ++$tag_seq }

sub mpin_decode { my $hex = shift; return json_decode(pack 'H*', $hex) }

# --- fake RPA ------------------------------------------------------------------

# Is Apache::Test running this file (t/TEST), i.e. is there an httpd with the CGI?
sub _apache_test_config {
    require FindBin;
    for my $dir ($FindBin::Bin, File::Spec->catdir($FindBin::Bin, 't')) {
        return 1 if -e File::Spec->catfile($dir, 'conf', 'apache_test_config.pm');
    }
    return 0;
}

my $FAKE;
sub _fake_base {
    return $FAKE if defined $FAKE;
    if (defined $ENV{MPIN_FAKE_RPA_URL} && length $ENV{MPIN_FAKE_RPA_URL}) {
        $FAKE = { url => $ENV{MPIN_FAKE_RPA_URL}, cgi => 1 };
    } elsif (_apache_test_config()) {
        require Apache::TestRequest;
        $FAKE = { url => 'http://' . Apache::TestRequest::hostport() . '/cgi-bin/fake-rpa', cgi => 1 };
    } else {
        $FAKE = { url => rps_url() . '/__dev/fake-rpa', cgi => 0 };
    }
    return $FAKE;
}

sub fake_rpa_is_cgi { return _fake_base()->{cgi} }

# fake_rpa(status => 403, body => '...', tag => ...) -> URL of the fake RPA.
sub fake_rpa {
    my %q = @_;
    my $url = _fake_base()->{url};
    my @pairs;
    for my $k (sort keys %q) {
        my $v = $q{$k};
        $v =~ s/([^A-Za-z0-9_.~-])/sprintf '%%%02X', ord $1/ge;
        push @pairs, "$k=$v";
    }
    return @pairs ? $url . ($url =~ /\?/ ? '&' : '?') . join('&', @pairs) : $url;
}

# Lines the CGI logged whose query contains tag=TAG (empty list without the CGI
# log, e.g. under plain prove).
sub fake_rpa_log {
    my $tag = shift;
    my $stage = $ENV{MPIN_T_STAGE};
    return () unless defined $stage && open my $fh, '<', "$stage/spool/fake-rpa.log";
    my @out;
    while (my $line = <$fh>) {
        my $e = json_decode($line) or next;
        push @out, $e if !defined $tag || $e->{query} =~ /(?:^|&)tag=\Q$tag\E(?:&|$)/;
    }
    return @out;
}

sub fake_rpa_log_available {
    my $stage = $ENV{MPIN_T_STAGE};
    return fake_rpa_is_cgi() && defined $stage && -d "$stage/spool";
}
push @EXPORT, 'fake_rpa_log_available';

# --- the M-Pin client side (devrps/t/mpin-client.js, the PIN pad's own code) ---

# t/lib/ -> devrps/t/mpin-client.js, the development RPS's own JS test client
my $CLIENT_JS = File::Spec->catfile(File::Basename::dirname(File::Spec->rel2abs(__FILE__)), File::Spec->updir,
    File::Spec->updir, 'devrps', 't', 'mpin-client.js');

use NodeTap qw(node_bin);

# mpin_client(OP, {args}) -> decoded reply of devrps/t/mpin-client.js (dies on an error).
sub mpin_client {
    my ($op, $args) = @_;
    my $node = node_bin() or die "node is not installed\n";
    my $pid = open(my $fh, '-|');
    die "fork: $!\n" unless defined $pid;
    if (!$pid) {
        exec($node, $CLIENT_JS, $op, json_encode($args)) or POSIX::_exit(127);
    }
    my $out = do { local $/; <$fh> };
    close $fh;
    my $r = json_decode($out // '');
    die "mpin-client $op: " . ($r && $r->{error} ? $r->{error} : "exit $? " . ($out // '')) . "\n"
        if $? != 0 || !$r || $r->{error};
    return $r;
}

# PUT /rps/user with a force-activating fake RPA; returns the reply hash.
sub register_user {
    my ($user, %extra) = @_;
    my $res = req(PUT => '/rps/user', { userId => $user, mobile => 0, %extra });
    die 'register: ' . $res->status_line . "\n" unless $res->code == 200;
    return jbody($res);
}

# Registration reply -> {mpinId, share1, share2, clientSecret} through /rps/signature and the fake D-TA:
# the M-Pin client secret (hex G1 point) = share 1 + share 2.
sub activate_identity {
    my ($reg) = @_;
    my $res = req(GET => "/rps/signature/$reg->{mpinId}?regOTT=$reg->{regOTT}");
    die 'signature: ' . $res->status_line . "\n" unless $res->code == 200;
    my $sig = jbody($res);
    my $cs = req(GET => "/fake-cloud/clientSecret?$sig->{params}");
    die 'clientSecret: ' . $cs->status_line . "\n" unless $cs->code == 200;
    my $share2 = jbody($cs)->{clientSecret};
    my $secret = mpin_client(secret => { share1 => $sig->{clientSecretShare}, share2 => $share2 })->{clientSecret};
    return { mpinId => $reg->{mpinId}, share1 => $sig->{clientSecretShare}, share2 => $share2,
        clientSecret => $secret };
}

# What the PIN pad stores: the token, client secret - PIN.H(mpinId) (EXTRACT_PIN), hex.
sub pin_token {
    my ($id, $pin) = @_;
    return mpin_client(token => { mpinId => $id->{mpinId}, pin => "$pin", clientSecret => $id->{clientSecret} })->{token};
}

# Today's time permit shares of an identity: GET /rps/timePermit (share 1), then the fake storage (share 2).
# Returns {date, share1, share2}.
sub time_permit {
    my ($id) = @_;
    my $res = req(GET => "/rps/timePermit/$id->{mpinId}");
    die 'timePermit: ' . $res->status_line . "\n" unless $res->code == 200;
    my $tp = jbody($res);
    my $appID = jbody(req(GET => '/rps/clientSettings'))->{appID};
    my $st = req(GET => "/fake-storage/$appID/$tp->{date}/$tp->{storageId}");
    die 'fake-storage: ' . $st->status_line . "\n" unless $st->code == 200;
    return { date => $tp->{date}, share1 => $tp->{timePermit}, share2 => $st->content };
}

# CLIENT_1 for a login with PIN: {request => pass1 body, state => for pin_pass2}. No HTTP but the time permit.
sub pin_pass1 {
    my ($id, $token, $pin, %opt) = @_;
    my $tp = $opt{permit} || time_permit($id);
    return mpin_client(pass1 => { mpinId => $id->{mpinId}, token => $token, pin => "$pin", date => $tp->{date},
        permitShare1 => $tp->{share1}, permitShare2 => $tp->{share2} });
}

# CLIENT_2: the pass2 body for the pass1 state and the server's y.
sub pin_pass2 {
    my ($state, $y, %opt) = @_;
    return mpin_client(pass2 => { state => $state, y => $y, otp => ($opt{otp} ? JSON::PP::true : JSON::PP::false),
        wid => (defined $opt{wid} ? "$opt{wid}" : '0') });
}

# pass1 + pass2 with a PIN, against a stored token; returns the pass2 reply.
sub pin_login {
    my ($id, $token, $pin, %opt) = @_;
    my $c1 = pin_pass1($id, $token, $pin, %opt);
    my $p1 = req(POST => '/rps/pass1', $c1->{request});
    die 'pass1: ' . $p1->status_line . "\n" unless $p1->code == 200;
    my $body = pin_pass2($c1->{state}, jbody($p1)->{y}, %opt);
    my $p2 = req(POST => '/rps/pass2', $body);
    die 'pass2: ' . $p2->status_line . "\n" unless $p2->code == 200;
    return jbody($p2);
}
push @EXPORT, qw(mpin_client time_permit pin_pass1 pin_pass2);

# POST /authenticate {"authOTT"} as the RPA does; returns the response.
sub authenticate {
    my ($authOTT, %extra) = @_;
    return jreq(POST => '/authenticate', { authOTT => $authOTT, %extra });
}

# --- assertions ------------------------------------------------------------------
require Test::More;

# status_is($res, 401, 'Wrong PIN.', $name): code and exact reason phrase.
sub status_is {
    my ($res, $code, $reason, $name) = @_;
    local $Test::Builder::Level = $Test::Builder::Level + 1;
    $name = defined $name ? "$name: " : '';
    my $ok = Test::More::is($res->code, $code, "${name}status $code");
    if (defined $reason) {
        $ok &= Test::More::is($res->message, $reason, "${name}reason phrase '$reason'");
    }
    Test::More::diag('body: ' . substr($res->content, 0, 300)) unless $ok;
    return $ok;
}

# The CORS headers every RPS reply carries (Allow-Origin only with an Origin).
sub cors_ok {
    my ($res, $name, $origin) = @_;
    local $Test::Builder::Level = $Test::Builder::Level + 1;
    $name = defined $name ? "$name: " : '';
    Test::More::is($res->header('Access-Control-Allow-Credentials'), 'true', "${name}ACA-Credentials");
    Test::More::is($res->header('Access-Control-Allow-Methods'), 'GET,PUT,POST,DELETE,OPTIONS', "${name}ACA-Methods");
    Test::More::is($res->header('Access-Control-Allow-Headers'),
        'Content-Type, Depth, User-Agent, X-File-Size, X-Requested-With, X-Requested-By, If-Modified-Since, '
        . 'X-File-Name, Cache-Control, WWW-Authenticate', "${name}ACA-Headers");
    Test::More::is($res->header('Access-Control-Allow-Origin'), $origin, "${name}ACA-Origin "
        . (defined $origin ? $origin : 'absent'));
}

sub json_reply_ok {
    my ($res, $name) = @_;
    local $Test::Builder::Level = $Test::Builder::Level + 1;
    $name = defined $name ? "$name: " : '';
    Test::More::is($res->header('Content-Type'), 'application/json; charset=UTF-8', "${name}JSON Content-Type");
    my $j = jbody($res);
    Test::More::ok(defined $j, "${name}body is JSON");
    return $j;
}

sub empty_body_ok {
    my ($res, $name) = @_;
    local $Test::Builder::Level = $Test::Builder::Level + 1;
    Test::More::is($res->content, '', (defined $name ? "$name: " : '') . 'empty body');
}

push @EXPORT, qw(status_is cors_ok json_reply_ok empty_body_ok);

1;
