# The RPS client's conformance matrix: the same cases against the same
# scripted RPS over both transports of src/rps/client.c, http:// (the
# module's own HTTP/1.1 client, src/rps/http_transport.c) and https://
# (libcurl, whose header lines go through the same reply parser).  Each case
# asserts the module's answer and what the RPS saw (connections accepted,
# requests received), so that a client that reconnects, retries, follows or
# lets a reply through where it should not fails here.
#
# The RPS is a Perl server started by the test: one listening port per
# transport and case (each client keeps its idle connections per
# host:port), TLS with a certificate made here, and a log of every
# connection, request and close as JSON lines.  Each transport gets an httpd
# of its own with one child process, so that one connection pool (http) and
# one curl handle (https) serve every call, and its log is that transport's.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);
use lib 't/lib';
use IO::Socket::INET ();
use IO::Socket::SSL (); # loaded before the RPS forks: a handshake does not wait for it
use File::Temp qw(tempdir);
use POSIX ();
use Time::HiRes qw(time sleep);
use MpinTest;
use MpinServer ();

Test::More->builder->failure_output(\*STDERR);

my $dir = tempdir('mpin-transports.XXXXXX', TMPDIR => 1, CLEANUP => 1);
chmod 0755, $dir; # the CA file is read by httpd's children (nobody under root)
my $events = "$dir/events";
my ($cert, $key) = ("$dir/rps.crt", "$dir/rps.key");
my $out = `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout $key -out $cert 2>&1`;
die "openssl req failed: $out" if $?;
chmod 0644, $cert;

my $HDR_MAX = 16 * 1024;       # MPIN_HTTP_HEADER_MAX
my $FIELDS_MAX = 100;          # MPIN_HTTP_FIELDS_MAX
my $REPLY_MAX = 64 * 1024;     # MPIN_RPS_REPLY_MAX
my $SECRET = 'BODY-BYTES-THAT-MUST-NOT-BE-LOGGED';
my $AUTH_OK = '{"userId": "alice@example.com", "mpinId": "", "status": 200, "message": "Authentication successful"}';
# a valid answer that carries bytes the log must never show
(my $AUTH_SECRET = $AUTH_OK) =~ s/Authentication successful/$SECRET/;

my @TRANSPORTS = qw(http https);
my @MODES = qw(ka retry idleclose chunked close trickle badstatus badname clte obsfold ctl badte
               badtrailer hdrmax hdrover fieldsmax fieldsover bodymax bodyover chunkover redirect
               timing isolate);

# ---------------------------------------------------------------- the RPS

sub note_event { my (%e) = @_;
    open my $fh, '>>', $events or return;
    syswrite $fh, json_encode(\%e) . "\n";
    close $fh;
}

# Reads one request: {method, path, headers, body}, or undef at the end.
sub read_request { my ($c) = @_;
    my $line = <$c>;
    return undef unless defined $line;
    my ($method, $path) = $line =~ m{^(\S+) (\S+) HTTP/1\.1\r\n$} or return undef;
    my %h;
    while (defined(my $l = <$c>)) {
        last if $l eq "\r\n";
        $h{lc $1} = $2 if $l =~ /^([^:]+):\s*(.*?)\r\n$/;
    }
    my $body = '';
    my $len = $h{'content-length'} // 0;
    while (length($body) < $len) {
        my $n = read($c, $body, $len - length($body), length $body);
        last unless $n;
    }
    return {method => $method, path => $path, headers => \%h, body => $body};
}

sub head_lines { my ($status, @h) = @_; join '', map { "$_\r\n" } "HTTP/1.1 $status", @h, '' }
sub reply_cl { my ($c, $status, $body, @h) = @_;
    print $c head_lines($status, 'Content-Type: application/json', 'Content-Length: ' . length($body), @h)
        . $body;
}
sub chunked { my ($body, @trailers) = @_;
    my ($a, $b) = (substr($body, 0, 10), substr($body, 10));
    return sprintf('%x;name=value', length $a) . "\r\n$a\r\n" . sprintf('%X', length $b) . "\r\n$b\r\n"
        . join('', '0', map { "\r\n$_" } @trailers) . "\r\n\r\n";
}

# A 200 whose header section (status line to the blank line) is $size bytes.
sub sized_head { my ($size, $body) = @_;
    my @h = ('Content-Type: application/json', 'Content-Length: ' . length $body);
    my $pad = $size - length(head_lines('200 OK', @h)) - length("X-Pad: \r\n");
    return head_lines('200 OK', @h, 'X-Pad: ' . ('p' x $pad)) . $body;
}

# A 200 with $n header fields.
sub fields_head { my ($n, $body) = @_;
    return head_lines('200 OK', 'Content-Type: application/json', 'Content-Length: ' . length $body,
                      map { "X-F$_: v" } 1 .. $n - 2) . $body;
}

# What each case's RPS answers to /authenticate; 'close' ends the connection.
my %ANSWER = (
    ka => sub { reply_cl($_[0], '200 OK', $AUTH_OK) },
    retry => sub { my ($c, $n) = @_; return 'close' if $n > 1; reply_cl($c, '200 OK', $AUTH_OK) },
    idleclose => sub { reply_cl($_[0], '200 OK', $AUTH_OK); 'close' },
    chunked => sub {
        print {$_[0]} head_lines('200 OK', 'Content-Type: application/json', 'Transfer-Encoding: chunked')
            . chunked($AUTH_OK, 'X-Trailer: dropped');
    },
    close => sub { reply_cl($_[0], '200 OK', $AUTH_OK, 'Connection: close'); 'close' },
    trickle => sub { my ($c) = @_;
        for my $ch (split //, head_lines('200 OK', 'Content-Length: ' . length $AUTH_OK) . $AUTH_OK) {
            print $c $ch or return 'close';
            sleep 0.3;
        }
    },
    badstatus => sub { reply_cl($_[0], '600 Beyond', $AUTH_SECRET) },
    badname => sub { reply_cl($_[0], '200 OK', $AUTH_SECRET, 'Bad Header: x') },
    clte => sub { my $body = chunked($AUTH_SECRET);
        print {$_[0]} head_lines('200 OK', 'Content-Type: application/json', 'Content-Length: ' . length $body,
                                 'Transfer-Encoding: chunked') . $body;
    },
    obsfold => sub { reply_cl($_[0], '200 OK', $AUTH_SECRET, 'X-Folded: a', ' b') },
    ctl => sub { reply_cl($_[0], '200 OK', $AUTH_SECRET, "X-Ctl: a\x01b") },
    badte => sub {
        print {$_[0]} head_lines('200 OK', 'Content-Type: application/json', 'Transfer-Encoding: gzip, chunked')
            . chunked($AUTH_SECRET);
    },
    badtrailer => sub {
        print {$_[0]} head_lines('200 OK', 'Content-Type: application/json', 'Transfer-Encoding: chunked')
            . chunked($AUTH_SECRET, 'Bad Trailer: x');
    },
    hdrmax => sub { print {$_[0]} sized_head($HDR_MAX, $AUTH_OK) },
    hdrover => sub { print {$_[0]} sized_head($HDR_MAX + 1, $AUTH_SECRET) },
    fieldsmax => sub { print {$_[0]} fields_head($FIELDS_MAX, $AUTH_OK) },
    fieldsover => sub { print {$_[0]} fields_head($FIELDS_MAX + 1, $AUTH_SECRET) },
    # JSON allows white space after the value: the reply is exactly the cap
    bodymax => sub { reply_cl($_[0], '200 OK', $AUTH_OK . (' ' x ($REPLY_MAX - length $AUTH_OK))) },
    bodyover => sub { reply_cl($_[0], '200 OK', $AUTH_OK . (' ' x ($REPLY_MAX + 1 - length $AUTH_OK))) },
    chunkover => sub {
        print {$_[0]} head_lines('200 OK', 'Content-Type: application/json', 'Transfer-Encoding: chunked')
            . chunked($AUTH_OK . (' ' x ($REPLY_MAX + 1 - length $AUTH_OK)));
    },
    redirect => sub { my ($c, $n, $req, $base) = @_;
        reply_cl($c, '302 Found', $AUTH_OK, "Location: $base/redirect/target");
    },
    isolate => sub { reply_cl($_[0], '200 OK', $AUTH_OK) },
);

# The timing case: /hang never answers (until the client gives up and
# closes), /delay answers after 1.5 s, /late after 3 s.
sub answer_timing { my ($c, $req) = @_;
    if ($req->{path} =~ m{^/timing/hang/}) { 1 while defined <$c>; return 'close' }
    sleep($req->{path} =~ m{^/timing/late/} ? 3 : 1.5);
    reply_cl($c, '200 OK', $AUTH_OK);
}

sub serve_conn { my ($c, $tr, $mode, $id, $base) = @_;
    my $n = 0;
    while (my $req = read_request($c)) {
        $n++;
        note_event(ev => 'request', tr => $tr, mode => $mode, conn => $id, %$req);
        my $end;
        if ($mode eq 'timing') { $end = answer_timing($c, $req) }
        elsif ($req->{path} !~ m{/authenticate$}) { reply_cl($c, '200 OK', '{}') }
        else { $end = $ANSWER{$mode}->($c, $n, $req, $base) }
        last if ($end // '') eq 'close';
    }
}

sub tls_accept { my ($c) = @_;
    # h2 offered first: the client must still speak HTTP/1.1
    return IO::Socket::SSL->start_SSL($c, SSL_server => 1, SSL_cert_file => $cert, SSL_key_file => $key,
                                      SSL_alpn_protocols => ['h2', 'http/1.1']);
}

my (%listen, %port, %case_of);
for my $tr (@TRANSPORTS) {
    for my $mode (@MODES) {
        my $l = IO::Socket::INET->new(Listen => 64, LocalAddr => '127.0.0.1', LocalPort => 0, ReuseAddr => 1)
            or die "listen: $!";
        $listen{"$tr $mode"} = $l;
        $port{$tr}{$mode} = $l->sockport;
        $case_of{$l->sockport} = [$tr, $mode];
    }
}

sub handle_conn { my ($c, $tr, $mode, $id) = @_;
    my $base = "$tr://127.0.0.1:$port{$tr}{$mode}";
    if ($tr eq 'https') {
        my $tls = tls_accept($c);
        if (!$tls) {
            note_event(ev => 'handshake failed', tr => $tr, mode => $mode, conn => $id);
            return;
        }
        $c = $tls;
        note_event(ev => 'alpn', tr => $tr, mode => $mode, conn => $id, alpn => $c->alpn_selected // '');
    }
    $c->autoflush(1);
    serve_conn($c, $tr, $mode, $id, $base);
    close $c;
    note_event(ev => 'closed', tr => $tr, mode => $mode, conn => $id);
}

my $rps_pid = fork // die "fork: $!";
if (!$rps_pid) {
    require IO::Select;
    $SIG{PIPE} = 'IGNORE';
    $SIG{CHLD} = 'IGNORE';
    my $sel = IO::Select->new(values %listen);
    my $id = 0;
    while (1) {
        for my $l ($sel->can_read) {
            my $c = $l->accept or next;
            my ($tr, $mode) = @{ $case_of{$l->sockport} };
            $id++;
            my $pid = fork;
            if (defined $pid && !$pid) {
                close $_ for values %listen;
                note_event(ev => 'connection', tr => $tr, mode => $mode, conn => $id);
                handle_conn($c, $tr, $mode, $id);
                POSIX::_exit(0);
            }
            close $c;
        }
    }
}
close $_ for values %listen;
END { kill 'TERM', $rps_pid if $rps_pid }

sub all_events {
    open my $fh, '<', $events or return ();
    return grep { defined } map { json_decode($_) } <$fh>;
}
sub events { my ($tr, $mode, $ev) = @_;
    grep { $_->{tr} eq $tr && $_->{mode} eq $mode && $_->{ev} eq $ev } all_events() }
sub connections { scalar events(@_[0, 1], 'connection') }
sub requests { events(@_[0, 1], 'request') }

# Waits (polling the RPS's log) until there are $n events of the kind.
sub wait_events { my ($tr, $mode, $ev, $n) = @_;
    my $until = time + 60;
    sleep 0.05 while events($tr, $mode, $ev) < $n && time < $until;
    return scalar events($tr, $mode, $ev);
}

# ------------------------------------------------------------- the module

# A login Location whose RPS is the case's; without /loginResult but for
# the isolation case.
sub location { my ($tr, $name, $url_path, @more) = @_;
    my $mode = $url_path =~ s{/.*}{}r;
    unshift @more, 'MpinRpsLoginResult Off' unless $mode eq 'isolate';
    return "<Location /$name/mpinAuthenticate>\n    SetHandler mpin-authenticate\n"
         . "    MpinRpsURL $tr://127.0.0.1:$port{$tr}{$mode}/$url_path\n"
         . join('', map { "    $_\n" } @more) . "</Location>\n";
}

sub conf_for { my ($tr) = @_;
    my @ca = $tr eq 'https' ? (qq{MpinRpsCAFile "$cert"}) : ();
    my $conf = '';
    for my $mode (grep { $_ ne 'timing' } @MODES) {
        $conf .= location($tr, $mode, $mode, @ca, $mode eq 'trickle' ? 'MpinRpsTimeout 2 2' : ());
    }
    $conf .= location($tr, 'fast', 'timing/hang', @ca, 'MpinRpsTimeout 1 1');
    $conf .= location($tr, 'slow', 'timing/delay', @ca);
    $conf .= location($tr, 'fast-late', 'timing/late', @ca, 'MpinRpsTimeout 1 1');
    $conf .= "<Location /rps/>\n    MpinRpsURL $tr://127.0.0.1:$port{$tr}{isolate}/isolate\n"
           . join('', map { "    $_\n" } @ca) . "</Location>\n";
    if ($tr eq 'https') {
        $conf .= location($tr, 'tls-ca', 'ka', @ca);
        $conf .= location($tr, 'tls-bad', 'ka');
        $conf .= location($tr, 'tls-off', 'ka', 'MpinRpsVerifyTLS Off');
    }
    return $conf;
}

my ($srv, $calls);
sub login { my ($name) = @_;
    $calls++;
    pinpad_login(random_hex(32), path => $srv->url("/$name/mpinAuthenticate")) }
sub proxied { my ($method, $path, @rest) = @_;
    $calls++;
    http($method => $srv->url($path), @rest) }
sub retries { my $n = () = $srv->log =~ /MPIN0(?:1207|3702)/g; $n }
# the module's log line for the call that failed last
sub last_call { (grep { /MPIN01203/ } split /\n/, $srv->log)[-1] // '' }

# --------------------------------------------------------------- the cases

# Each case: its name and code(transport); run over both transports.
my @CASES;
sub case { push @CASES, [@_] }

case 'keep-alive: three logins over one connection' => sub { my ($tr) = @_;
    is(login('ka')->code, 200, "login $_: 200") for 1 .. 3;
    is(connections($tr, 'ka'), 1, 'the RPS accepted one connection');
    is(join(' ', map { "$_->{method} $_->{path}" } requests($tr, 'ka')),
       join(' ', ('POST /ka/authenticate') x 3),
       'and read three POST /authenticate, the MpinRpsURL path before the call\'s');
};

case 'a kept connection that the RPS closes as the request comes: one retry' => sub { my ($tr) = @_;
    my $before = retries();
    is(login('retry')->code, 200, 'a connection that answers once: 200');
    is(login('retry')->code, 200, 'the reused one closes without a byte: retried on a new one, 200');
    is(connections($tr, 'retry'), 2, 'two connections');
    is(scalar requests($tr, 'retry'), 3, 'three requests: the lost one and its one retry');
    is(retries() - $before, $tr eq 'http' ? 1 : 0, 'the own client logs its retry (libcurl does not)');
};

case 'an idle connection that the RPS closed is not reused' => sub { my ($tr) = @_;
    my $before = retries();
    is(login('idleclose')->code, 200, 'first login: 200');
    is(wait_events($tr, 'idleclose', 'closed', 1), 1, 'the RPS closed the idle connection');
    is(login('idleclose')->code, 200, 'the next login: 200');
    is(connections($tr, 'idleclose'), 2, 'on a new connection');
    is(scalar requests($tr, 'idleclose'), 2, 'two requests: nothing was sent on the closed one');
    is(retries(), $before, 'no retry');
};

case 'a chunked reply, with an extension and a trailer' => sub { my ($tr) = @_;
    is(login('chunked')->code, 200, 'login 1: 200');
    is(login('chunked')->code, 200, 'login 2: 200');
    is(connections($tr, 'chunked'), 1, 'one connection: the chunked reply ended cleanly');
};

case 'a Connection: close reply' => sub { my ($tr) = @_;
    is(login('close')->code, 200, 'login 1: 200');
    is(login('close')->code, 200, 'login 2: 200');
    is(connections($tr, 'close'), 2, 'each on a new connection');
    is(scalar requests($tr, 'close'), 2, 'two requests');
};

case 'a trickling RPS hits the total timeout' => sub { my ($tr) = @_;
    my $t0 = time;
    my $r = login('trickle');
    my $t = time - $t0;
    is($r->code, 504, 'one byte per 300 ms, MpinRpsTimeout 2 2: 504');
    cmp_ok($t, '>=', 1.9, "not before the total timeout of 2 s ($t s)");
    like(last_call(), qr/timed out after \d+ m/i, 'logged as a timeout');
    is(scalar requests($tr, 'trickle'), 1, 'one request, not retried');
    is(login('ka')->code, 200, 'the worker and the slot are free: the next login passes');
};

# Malformed replies: 502, one request and no retry, the log says why and
# shows no body byte; the connection is not reused.
my %MALFORMED = (
    badstatus => ['a status code over 599', 'bad status code'],
    badname => ['a field name with a space', 'a field name that is not a token'],
    clte => ['Content-Length with Transfer-Encoding', 'both Transfer-Encoding and Content-Length'],
    obsfold => ['obs-fold', 'obsolete line folding'],
    ctl => ['a control character in a field', 'control character in a line'],
    badte => ['a transfer coding other than chunked', 'a transfer coding other than chunked'],
    badtrailer => ['a trailer name with a space', 'a field name that is not a token'],
    hdrover => ["a header section of $HDR_MAX + 1 bytes", 'header section too big'],
    fieldsover => [$FIELDS_MAX + 1 . ' header fields', 'too many header fields'],
);
for my $mode (sort keys %MALFORMED) {
    my ($what, $why) = @{ $MALFORMED{$mode} };
    case "malformed: $what" => sub { my ($tr) = @_;
        is(login($mode)->code, 502, "$what: 502");
        like(last_call(), qr/malformed reply: \Q$why\E/, "logged: $why");
        is(login($mode)->code, 502, 'again: 502');
        is(connections($tr, $mode), 2, 'the connection of a malformed reply is not reused');
        is(scalar requests($tr, $mode), 2, 'one request each: not retried');
        unlike($srv->log, qr/\Q$SECRET\E/, 'no body byte in the log');
    };
}

case 'caps: a header section and fields up to the limits pass' => sub { my ($tr) = @_;
    is(login('hdrmax')->code, 200, "a header section of exactly $HDR_MAX bytes: 200");
    is(login('fieldsmax')->code, 200, "exactly $FIELDS_MAX header fields: 200");
    is(login('bodymax')->code, 200, "a body of exactly $REPLY_MAX bytes: 200");
    is(connections($tr, $_), 1, "$_: one connection") for qw(hdrmax fieldsmax bodymax);
};

case 'caps: a body over the limit' => sub { my ($tr) = @_;
    is(login('bodyover')->code, 502, 'Content-Length ' . ($REPLY_MAX + 1) . ': 502');
    like(last_call(), qr/reply larger than $REPLY_MAX bytes/, 'logged as too large');
    is(login('chunkover')->code, 502, 'chunked, ' . ($REPLY_MAX + 1) . ' bytes: 502');
    like(last_call(), qr/reply larger than $REPLY_MAX bytes/, 'logged as too large');
    is(scalar requests($tr, $_), 1, "$_: one request") for qw(bodyover chunkover);
};

case 'a redirect is not followed' => sub { my ($tr) = @_;
    is(login('redirect')->code, 502, 'a 302: 502');
    is(join(' ', map { $_->{path} } requests($tr, 'redirect')), '/redirect/authenticate',
       'the RPS saw the call and not the redirect target');
};

# the same handle (https) or pool (http) for all three calls
case 'timeouts are those of each call\'s Location' => sub { my ($tr) = @_;
    is(login('fast')->code, 504, 'MpinRpsTimeout 1 1 and an RPS that never answers: 504');
    is(wait_events($tr, 'timing', 'closed', 1), 1, '... and the module closed that connection');
    is(login('slow')->code, 200, 'then MpinRpsTimeout 2 5 and an RPS that answers in 1.5 s: 200');
    is(login('fast-late')->code, 504, 'then MpinRpsTimeout 1 1 and an RPS that answers in 3 s: 504');
    is(join(' ', map { $_->{path} } requests($tr, 'timing')),
       '/timing/hang/authenticate /timing/delay/authenticate /timing/late/authenticate', 'three requests');
};

# What one call sets (method, body, headers) reaches no later call: the
# proxy's PUT with a body and the browser's Origin and User-Agent, a HEAD,
# an OPTIONS without a body, the login's POST and a GET, in turn.
case 'method, body and headers of one call do not reach the next' => sub { my ($tr) = @_;
    my $r = proxied(PUT => '/rps/user', {userId => 'reuse@example.com', wid => 'x'},
                    'Content-Type' => 'application/json', Origin => 'http://origin.example',
                    'User-Agent' => 'reuse-agent/1');
    is($r->code, 200, 'a proxied PUT with a body, an Origin and a User-Agent: 200');
    is(proxied(OPTIONS => '/rps/clientSettings')->code, 200, 'a proxied OPTIONS without a body');
    is(login('isolate')->code, 200, 'a login, with its /loginResult');
    $calls++; # the /loginResult
    is(proxied(GET => '/rps/clientSettings')->code, 200, 'a proxied GET');
    is(proxied(HEAD => '/rps/clientSettings')->code, 200, 'a proxied HEAD');
    is(login('isolate')->code, 200, 'a login');
    $calls++;
    my @req = requests($tr, 'isolate');
    is(join(' ', map { "$_->{method} $_->{path}" } @req),
       join(' ', 'PUT /isolate/rps/user', 'OPTIONS /isolate/rps/clientSettings', 'POST /isolate/authenticate',
            'POST /isolate/loginResult', 'GET /isolate/rps/clientSettings', 'GET /isolate/rps/clientSettings',
            'POST /isolate/authenticate', 'POST /isolate/loginResult'),
       'the RPS saw each call with its own method (HEAD asked as GET)');
    is(connections($tr, 'isolate'), 1, 'all over one connection');
    my ($put, $opt, $auth, $lr, $get, $head, $auth2) = @req;
    is($lr->{headers}{'content-type'}, 'application/json', '/loginResult: its own Content-Type');
    is_deeply(json_decode($put->{body}), {userId => 'reuse@example.com', wid => 'x'}, 'PUT: its body');
    is($opt->{body}, '', 'OPTIONS: no body (not the PUT\'s)');
    ok(!defined $opt->{headers}{'content-type'}, 'OPTIONS: no Content-Type');
    for my $a ($auth, $auth2) {
        is($a->{headers}{'content-type'}, 'application/json', '/authenticate: its own Content-Type');
        ok(!defined $a->{headers}{origin}, '/authenticate: no Origin left from the proxied PUT');
        unlike($a->{headers}{'user-agent'} // '', qr/reuse-agent/, '/authenticate: not the proxied User-Agent');
        ok(!defined $a->{headers}{'x-forwarded-for'}, '/authenticate: no X-Forwarded-For');
        my $sent = json_decode($a->{body}) || {};
        is_deeply([sort keys %$sent], [qw(authOTT logoutData logoutURL)],
                  '/authenticate: a whole {"authOTT", "logoutURL", "logoutData"} body');
    }
    is($get->{body}, '', 'GET: no body (not the login\'s)');
    ok(!defined $get->{headers}{'content-type'}, 'GET: no Content-Type');
    is($head->{body}, '', 'HEAD: no body');
};

# ------------------------------------------------------------ https alone

sub https_only {
    subtest 'https: a CA file or verification off never outlives its call' => sub {
        is(login('tls-ca')->code, 200, 'MpinRpsCAFile: the certificate verifies, 200');
        is(login('tls-bad')->code, 502, 'no CA file: the certificate does not verify, 502');
        like(last_call(), qr/certificate|SSL/i, '... a certificate error');
        is(login('tls-off')->code, 200, 'MpinRpsVerifyTLS Off: 200');
        is(login('tls-bad')->code, 502, 'then verification is on again: 502');
        is(scalar events('https', 'ka', 'handshake failed'), 2, 'the RPS saw two refused handshakes');
        is(login('tls-ca')->code, 200, 'and the CA file again: 200');
    };
    subtest 'https: HTTP/1.1 over TLS, on one curl handle' => sub {
        my @alpn = map { $_->{alpn} } grep { $_->{tr} eq 'https' } grep { $_->{ev} eq 'alpn' } all_events();
        cmp_ok(scalar @alpn, '>', 20, scalar(@alpn) . ' TLS connections');
        is(scalar(grep { $_ eq 'h2' } @alpn), 0, 'none of them h2, which the RPS offered first');
        my $handles = () = $srv->log =~ /MPIN03705/g;
        is($handles, 1, 'one curl handle made, for the first call, served them all');
    };
}

plan tests => (@CASES + 1) * @TRANSPORTS + 2;

for my $tr (@TRANSPORTS) {
    $calls = 0;
    $srv = MpinServer->start(secret => 'rps-transports-secret-0123456789abcdef', one_process => 1,
                             conf => conf_for($tr));
    for my $case (@CASES) {
        my ($name, $code) = @$case;
        subtest "$tr: $name" => sub { $code->($tr) };
    }
    if ($tr eq 'https') { https_only() }
    subtest "$tr: every call logged once" => sub {
        my $logged = () = $srv->log =~ /MPIN01203/g;
        is($logged, $calls, "MPIN01203 once for each of the $calls calls (a retry is part of its call)");
        return if $tr eq 'https';
        my $handles = () = $srv->log =~ /MPIN03705/g;
        is($handles, 0, 'no curl handle was made: the own client did every call');
    };
    $srv->stop;
}
