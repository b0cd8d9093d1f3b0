package MpinServer;
# Extra httpd instances for the tests that need more than the Apache::Test
# server (several servers sharing a session store, key rotation, a store
# that is down), and a few helpers of the session and access tests.
#
#   my $s = MpinServer->start(secret => 'x' x 32, store => "redis:127.0.0.1:$port",
#                             conf => "extra directives");
#   $s->url('/protected');   $s->port;   $s->log;   $s->stop;
#   $s->graceful;   $s->restart;   $s->reconfigure(conf => ...);
#
# mpm => 'prefork' runs the instance on prefork instead of event.
#
# tls => 1 adds an https virtual host with HTTP/2 (mod_ssl, mod_http2:
# "Protocols h2 http/1.1") on a port of its own, beside the plain http one:
# the same site, store and configuration on both schemes.  Its certificate is
# self-signed, made when the instance starts (openssl; no key is kept in the
# checkout); $s->ca is its file for curl --cacert, $s->tls_url('/x') an
# address on it.  curl_h2 (below) talks to it.
#
# In conf, @ROOT@ stands for the instance's ServerRoot (its DocumentRoot is
# @ROOT@/htdocs, readable by httpd's children).
#
# Each instance has its own ServerRoot in a temporary folder, its own port,
# the modules of t/conf/modules.conf, the module built in the checkout, the
# development RPS of t/run (MPIN_DEVRPS_URL) and the tutorial's endpoints
# (conf/mpin_rpa_endpoints.conf).  It is stopped when the object goes away.
use strict;
use warnings;
use Exporter 'import';
use Cwd qw(abs_path);
use File::Basename qw(dirname);
use File::Temp qw(tempdir);
use IO::Socket::INET ();
use Time::HiRes qw(sleep time);
use JSON::PP ();
use MpinTest qw(http devrps_mint cookie_from);

our @EXPORT_OK = qw(config_test redis_calls free_port stop_all login_at hits log_offset log_since raw_request session_key
    cookie_tag signed_cookie nav_headers xhr_headers curl_h2 curl_h2_parallel redis_store key_file user_on);

my $TOP = abs_path(dirname(__FILE__) . '/../..');

# How long to wait for httpd to start, come back after a signal, or stop.  httpd gives no event for "the new
# generation runs" (it daemonizes, and the parent logs "resuming normal operations" once its children are
# started), so that line, the pid file and the port are polled; the deadline is generous, as the suite
# runs on a shared, loaded machine and only a broken server takes that long.
my $DEADLINE = 60;

# Every instance still running when the test ends is stopped (SIGTERM, which
# is what `-k stop` sends), whatever the order Perl destroys things in.
our %RUNNING;
END { local ($?, $!); kill 'TERM', $_ for keys %RUNNING }
# t/run's httpd (with the sanitizer runtimes under SANITIZE=1), else the one
# apxs names
my $HTTPD = $ENV{MPIN_HTTPD} || _apxs('SBINDIR') . '/' . _apxs('TARGET');

sub _apxs {
    my ($var) = @_;
    my $apxs = $ENV{APXS} || 'apxs';
    chomp(my $v = `$apxs -q $var 2>/dev/null` // '');
    die "apxs -q $var: nothing (is apxs installed: apache2-dev, httpd-devel?)" unless length $v;
    return $v;
}

sub free_port {
    my $s = IO::Socket::INET->new(Listen => 1, LocalAddr => '127.0.0.1', LocalPort => 0,
                                  ReuseAddr => 1) or die "no free port: $!";
    my $port = $s->sockport;
    close $s;
    return $port;
}

# The LoadModule lines of the Apache::Test server (all, or those of the
# modules named), so that where the machine keeps its modules is written
# in one place.
sub _modules {
    my @only = @_;
    open my $fh, '<', "$TOP/t/conf/modules.conf" or die "modules.conf: $!";
    my @lines = grep { /^\s*(LoadModule|TypesConfig)\b/ } <$fh>;
    close $fh;
    if (@only) {
        my %want = map { $_ => 1 } @only;
        @lines = grep { /^\s*LoadModule\s+(\w+)/ && $want{$1} } @lines;
        die "modules.conf lacks some of @only" unless @lines == @only;
    }
    return join '', @lines;
}

# The same lines with mpm_event swapped for another MPM when asked.
sub _with_mpm {
    my ($lines, $mpm) = @_;
    $lines =~ s/\bmpm_event_module (\S+)mod_mpm_event\.so/mpm_${mpm}_module $1mod_mpm_$mpm.so/ if $mpm;
    return $lines;
}

sub start {
    my ($class, %o) = @_;
    my $root = tempdir('mpin-srv.XXXXXX', TMPDIR => 1, CLEANUP => 1);
    chmod 0755, $root;
    mkdir "$root/$_" for qw(htdocs logs);
    chmod 0755, "$root/htdocs";
    my $port = $o{port} || free_port();
    my $self = bless { root => $root, port => $port, conf => "$root/httpd.conf",
                       pidfile => "$root/logs/httpd.pid" }, $class;
    if ($o{tls}) {
        $self->{tls_port} = free_port();
        $self->_make_cert;
    }
    $self->_write_conf(%o);
    my $out = `$HTTPD -f $root/httpd.conf -k start 2>&1`;
    die "httpd did not start ($out):\n" . $self->log if $?;
    $self->_wait_up or die "httpd on port $port did not answer:\n$out" . $self->log;
    # the first generation logged: restart and graceful count the generations after it
    _poll(sub { $self->_generations });
    # kept here: the pid file goes with the temporary folder at exit
    $self->{pid} = $self->_pid;
    $RUNNING{$self->{pid}} = 1;
    return $self;
}

sub _write_conf {
    my ($self, %o) = @_;
    my ($root, $port) = @$self{qw(root port)};
    my $rps = $ENV{MPIN_DEVRPS_URL} or die 'MPIN_DEVRPS_URL is not set (run t/run)';
    # as root, httpd's children run as nobody, in nobody's own group (nogroup on Debian, nobody elsewhere)
    my $user = $> == 0 ? "User nobody\nGroup " . _nobody_group() . "\n" : '';
    my $secret = defined $o{secret} ? qq{MpinSessionSecret $o{secret}\n} : '';
    my $store = defined $o{store} ? qq{MpinSessionStore "$o{store}"\n} : '';
    # one child with all the threads: per-process state (the RPS handle pool,
    # MpinRpsLoginResult's memory) is then the whole server's
    my $mpm = $o{one_process} ? "StartServers 1\nServerLimit 1\nThreadLimit 25\nThreadsPerChild 25\n"
                              . "MaxRequestWorkers 25\nMinSpareThreads 1\nMaxSpareThreads 25\n" : '';
    my $tls = $o{tls} ? _tls_conf($root, $self->{tls_port}) : '';
    # bare: the module loaded and nothing configured (as right after the package is installed)
    my $conf = <<"CONF";
ServerRoot "$root"
DefaultRuntimeDir "$root/logs"
PidFile "$root/logs/httpd.pid"
ErrorLog "$root/logs/error_log"
LogLevel info mpin_rpa:debug
Listen 127.0.0.1:$port
ServerName 127.0.0.1
DocumentRoot "$root/htdocs"
${user}@{[ _with_mpm(_modules(), $o{mpm}) ]}${tls}
LoadModule mpin_rpa_module "$TOP/mod_mpin_rpa.so"
<IfModule mod_cgid.c>
    ScriptSock "$root/logs/cgisock"
</IfModule>
<Directory "$root/htdocs">
    Require all granted
</Directory>
${mpm}${secret}${store}\@MPIN\@
@{[ ($o{conf} || '') =~ s/\@ROOT\@/$root/gr ]}
CONF
    # the module's own settings (not for a bare server)
    my $mpin = <<"MPIN";
MpinRpsURL "$rps"
MpinRpsTimeout 2 5
MpinPinpadDir "$TOP/pinpad"
Include "$TOP/conf/mpin_rpa_endpoints.conf"
Include "$TOP/conf/mpin_rpa_demo.conf"
MPIN
    $conf =~ s/\@MPIN\@\n/$o{bare} ? '' : $mpin/e;
    open my $fh, '>', "$root/httpd.conf" or die "$root/httpd.conf: $!";
    print $fh $conf;
    close $fh;
    $self->{options} = {%o};
}

sub _nobody_group {
    my $gid = (getpwnam 'nobody')[3];
    my $group = defined $gid ? getgrgid $gid : undef;
    return $group // 'nobody';
}

# Polls until code returns true or $DEADLINE seconds have passed; returns its last value.
sub _poll {
    my ($code) = @_;
    my $end = time + $DEADLINE;
    while (1) {
        my $v = $code->();
        return $v if $v || time > $end;
        sleep 0.05;
    }
}

# Writes the configuration again with these options changed (for the next
# restart).
sub reconfigure {
    my ($self, %o) = @_;
    $self->_write_conf(%{$self->{options}}, %o);
}

# Restart (SIGHUP, apachectl -k restart): the parent stays up and reads its
# configuration again.  Returns when the new generation runs: httpd logs
# "resuming normal operations" once per generation, after its post_config
# hooks.  (graceful, below, is the same with SIGUSR1.)
sub restart  { $_[0]->_new_generation("SIGHUP", sub { kill 'HUP', $_[0]{pid} or die "kill HUP $_[0]{pid}: $!" }) }

sub _generations { my @n = $_[0]->log =~ /resuming normal operations/g; scalar @n }

# Runs code (which makes httpd read its configuration again) and returns once a new generation says
# "resuming normal operations" and answers.
sub _new_generation {
    my ($self, $what, $code) = @_;
    my $before = $self->_generations;
    $code->($self);
    _poll(sub { $self->_generations > $before || !kill 0, $self->{pid} });
    die "httpd did not come back after $what:\n" . $self->log
        unless $self->_generations > $before && kill 0, $self->{pid};
    $self->_wait_up or die "httpd did not answer after $what:\n" . $self->log;
    return $self;
}

sub _pid {
    my $self = shift;
    return $self->{pid} if $self->{pid};
    open my $fh, '<', $self->{pidfile} or return;
    my $pid = <$fh>;
    close $fh;
    return $pid && $pid =~ /^(\d+)/ ? $1 : undef;
}

# The pid file is written and the port accepts connections.
sub _wait_up {
    my $self = shift;
    return _poll(sub {
        return 0 unless $self->_pid;
        my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $self->{port}, Timeout => 1) or return 0;
        close $s;
        return 1;
    });
}

sub port { $_[0]{port} }
sub root { $_[0]{root} }
sub url  { my ($self, $path) = @_; "http://127.0.0.1:$self->{port}" . ($path // '') }
sub tls_url {
    my ($self, $path) = @_;
    die 'not started with tls => 1' unless $self->{tls_port};
    return "https://127.0.0.1:$self->{tls_port}" . ($path // '');
}
sub ca   { "$_[0]{root}/tls.crt" }

# A self-signed certificate for 127.0.0.1 (a short-lived EC key: quick to
# make on a loaded machine), in the instance's folder.
sub _make_cert {
    my $self = shift;
    my $root = $self->{root};
    my $out = `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout $root/tls.key -out $root/tls.crt 2>&1`;
    die "openssl req failed: $out" if $?;
    chmod 0644, "$root/tls.crt";
}

# mod_ssl and mod_http2 from the folder the other modules come from, and
# the https virtual host (it inherits the server's configuration, the
# module's included), h2 offered first (ALPN).
sub _tls_conf {
    my ($root, $port) = @_;
    my ($dir) = _modules('mpm_event_module') =~ /\s(\S+)mod_mpm_event\.so/ or die 'no module folder';
    return <<"TLS";
LoadModule ssl_module ${dir}mod_ssl.so
LoadModule http2_module ${dir}mod_http2.so
Listen 127.0.0.1:$port
<VirtualHost 127.0.0.1:$port>
    ServerName 127.0.0.1
    SSLEngine on
    SSLCertificateFile "$root/tls.crt"
    SSLCertificateKeyFile "$root/tls.key"
    Protocols h2 http/1.1
</VirtualHost>
TLS
}

sub log {
    my $self = shift;
    open my $fh, '<', "$self->{root}/logs/error_log" or return '';
    local $/;
    my $text = <$fh>;
    close $fh;
    return $text;
}

# Stops the instance and waits until its parent process is gone.
sub stop { stop_all($_[0]) }

# A graceful reload (apachectl -k graceful, SIGUSR1); returns once the new
# generation says "resuming normal operations" and answers.
sub graceful {
    $_[0]->_new_generation('a graceful reload', sub {
        my $out = `$HTTPD -f $_[0]{conf} -k graceful 2>&1`;
        die "graceful failed ($out)" if $?;
    });
}

# Stops several instances at once (SIGTERM, which is what `-k stop` sends,
# then a wait for each parent process: httpd takes about a second).
sub stop_all {
    my @pids;
    for my $self (grep { defined } @_) {
        my $pid = $self->_pid or next;
        kill 'TERM', $pid;
        push @pids, [$self, $pid];
    }
    for my $p (@pids) {
        my ($self, $pid) = @$p;
        # not our child (httpd daemonized): no waitpid, so kill 0 tells when it is gone
        _poll(sub { !kill 0, $pid });
        kill 'KILL', $pid if kill 0, $pid;
        unlink $self->{pidfile};
        delete $RUNNING{$pid};
        delete $self->{pid};
    }
}

# Going away: SIGTERM without waiting for httpd's second of shutdown.
sub DESTROY {
    my $self = shift;
    local ($?, $@, $!);
    my $pid = $self->{pid} or return;
    kill 'TERM', $pid;
    delete $RUNNING{$pid};
}

# ------------------------------------------------------------ helpers

# Logs user in through base's /mpinAuthenticate (base: a URL, or a server's
# url() with a path prefix); returns the Set-Cookie value of name.
sub login_at {
    my ($base, $user, $name, @headers) = @_;
    my $ott = devrps_mint($user, 1);
    my $r = http(POST => "$base/mpinAuthenticate", {mpinResponse => {authOTT => $ott}},
                 'Content-Type' => 'application/json', @headers);
    die "login of $user at $base failed: " . $r->status_line . ' ' . $r->content
        unless $r->code == 200;
    return wantarray ? (cookie_from($r, $name), $r) : cookie_from($r, $name);
}

# How many requests the env-json CGI answered under the name (SetEnv HITS).
sub hits {
    my ($name) = @_;
    my $file = "$ENV{MPIN_T_STAGE}/spool/$name.hits";
    open my $fh, '<', $file or return 0;
    my @lines = <$fh>;
    close $fh;
    return scalar @lines;
}

my $ERROR_LOG = "$TOP/t/logs/error_log";

# The size of the test server's error_log, to read what a request adds.
sub log_offset { -s $ERROR_LOG || 0 }

# What the test server's error_log got since offset.  A line a request
# logs is written before its answer, so reading after the answer finds it:
# no waiting.
sub log_since {
    my ($offset) = @_;
    open my $fh, '<', $ERROR_LOG or return '';
    seek $fh, $offset, 0;
    local $/;
    my $text = <$fh> // '';
    close $fh;
    return $text;
}

# Sends one raw HTTP/1.0-style request (the text up to the blank line, "\r\n"
# added) to 127.0.0.1:port; returns (status, {lower-case header => [values]},
# body).  For header names that LWP would rewrite (X_Remote_User).
sub raw_request {
    my ($port, $head, $body) = @_;
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 10)
        or die "connect $port: $!";
    $head =~ s/\r?\n/\r\n/g;
    $head .= "\r\n" unless $head =~ /\r\n\z/;
    print {$s} $head, "Connection: close\r\n\r\n", defined $body ? $body : '';
    local $/;
    my $resp = <$s>;
    close $s;
    return (0, {}, '') unless defined $resp && $resp =~ m{^HTTP/1\.\d (\d{3})};
    my $status = $1;
    my ($h, $b) = split /\r\n\r\n/, $resp, 2;
    my %headers;
    for my $line (split /\r\n/, $h) {
        next unless $line =~ /^([^:\s]+):\s*(.*)$/;
        push @{$headers{lc $1}}, $2;
    }
    return ($status, \%headers, $b // '');
}

# apachectl -t of a minimal server (the module and what it needs) with body
# after its eight header lines (ServerRoot, ServerName, Listen, three
# modules, the module and ErrorLog), written to $dir/httpd.conf; returns the exit
# code and the output.  Line numbers in messages count from that file.
sub config_test {
    my ($dir, $body) = @_;
    open my $out, '>', "$dir/httpd.conf" or die "$dir/httpd.conf: $!";
    print $out <<"CONF";
ServerRoot "$dir"
ServerName localhost
Listen 127.0.0.1:1
@{[ _modules(qw(mpm_event_module authz_core_module socache_shmcb_module)) ]}LoadModule mpin_rpa_module "$TOP/mod_mpin_rpa.so"
ErrorLog /dev/null
$body
CONF
    close $out;
    my $out_text = `$HTTPD -t -f $dir/httpd.conf 2>&1`;
    return ($? >> 8, $out_text);
}

# The MpinSessionStore of t/run's redis (or of the redis at port).
sub redis_store {
    my ($port) = @_;
    $port //= $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
    return "redis:127.0.0.1:$port";
}

# A key file: keys one per line, with mode, in a folder httpd's user can
# read (one per test file, removed at its end); its path.
my $key_dir;
sub key_file {
    my ($name, $mode, @keys) = @_;
    $key_dir //= tempdir(CLEANUP => 1);
    chmod 0755, $key_dir;
    open my $fh, '>', "$key_dir/$name" or die "$key_dir/$name: $!";
    print $fh map { "$_\n" } @keys;
    close $fh;
    chmod $mode, "$key_dir/$name";
    return "$key_dir/$name";
}

# Whom the demo's /protected of the server at base says a session cookie
# is: the user name, or the status it answered instead (302 to the login);
# in list context also the response.
sub user_on {
    my ($base, $cookie, $name) = @_;
    my $r = http(GET => "$base/protected", undef, nav_headers(), Cookie => ($name // 'mpin_session') . "=$cookie");
    my $who = $r->code == 200 && $r->content =~ /You are logged in as (\w+)/ ? $1 : $r->code;
    return wantarray ? ($who, $r) : $who;
}

# The number of commands a redis (t/run's unless port is given) has run for
# sessions: all but INFO itself and the PING, SUBSCRIBE and PUBLISH of the
# servers following session ends (src/session/events.c).
sub redis_calls {
    my ($port) = @_;
    $port //= $ENV{MPIN_REDIS_PORT} or die 'MPIN_REDIS_PORT is not set (run t/run)';
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 5)
        or die "redis: $!";
    print {$s} "INFO commandstats\r\n";
    my ($len) = <$s> =~ /^\$(\d+)/ or die 'redis INFO';
    my $body = '';
    read($s, $body, $len + 2 - length $body, length $body) while length $body < $len + 2;
    close $s;
    my $n = 0;
    while ($body =~ /^cmdstat_(\w+):calls=(\d+)/mg) { $n += $2 unless $1 =~ /^(info|ping|subscribe|publish)$/ }
    return $n;
}

# Session cookies are made by the module's own code (src/pure/session_cookie.c,
# through t/tools/mpin_cookie, which t/run builds), never by a copy of it
# here.  A key is named by its MpinSessionSecret: the tool derives it.
my $COOKIE_TOOL = "$TOP/t/tools/mpin_cookie";
sub session_key { $_[0] }

# A cookie value for id (32 base64url characters) signed with the key of a
# secret, for the cookie name (default mpin_session).
sub signed_cookie {
    my ($key, $id, $name) = @_;
    return _cookie_tool($key, $id, $name || 'mpin_session');
}

# The line t/tools/mpin_cookie prints for these arguments.
sub _cookie_tool {
    -x $COOKIE_TOOL or die "$COOKIE_TOOL is missing: make t/tools/mpin_cookie (t/run does)";
    open my $fh, '-|', $COOKIE_TOOL, @_ or die "$COOKIE_TOOL: $!";
    my $value = <$fh>;
    close $fh or die "$COOKIE_TOOL failed (exit $?)";
    chomp $value;
    return $value;
}

# A pre-login cookie value (the password form's CSRF state) issued at the
# given time (seconds since the epoch) under the key of a secret.
sub prelogin_cookie {
    my ($key, $issued, $name) = @_;
    return _cookie_tool('--prelogin', $key, $issued, $name || 'mpin_login');
}

# The tag of such a cookie (what follows the '.').
sub cookie_tag { (split /\./, signed_cookie(@_), 2)[1] }

# Requests sent one after the other by one curl (so on one connection when
# the server keeps it: h2 streams, or HTTP/1.1 keep-alive), to a tls => 1
# instance:
#   my @r = curl_h2($server, {path => '/protected', headers => [Cookie => ...]},
#                            {path => '/x', method => 'POST', body => '...'}, ...);
# Each answer: {code, version ('2', '1.1'), connects (new connections this
# request made: 0 when it reused one), headers ({lc name => [values]}),
# cookies ({cookie name => its whole Set-Cookie value}), body}.  http1 => 1
# in a request: HTTP/1.1 instead of h2.  curl_h2_parallel: the same, all at
# once (curl --parallel: streams multiplexed on one h2 connection).
sub curl_h2 { _curl(0, @_) }
sub curl_h2_parallel { _curl(1, @_) }

sub _curl {
    my ($parallel, $server, @reqs) = @_;
    my $dir = tempdir('mpin-curl.XXXXXX', TMPDIR => 1, CLEANUP => 1);
    my @args;
    for my $i (0 .. $#reqs) {
        my $q = $reqs[$i];
        push @args, '--next' if $i;
        push @args, '-s', '--cacert', $server->ca, ($q->{http1} ? '--http1.1' : '--http2'),
            '-o', "$dir/body.$i", '-D', "$dir/head.$i", '-w', "$i %{json}\n",
            '-X', $q->{method} || 'GET';
        my @h = @{ $q->{headers} || [] };
        while (my ($k, $v) = splice @h, 0, 2) { push @args, '-H', "$k: $v" }
        if (defined $q->{body}) {
            open my $fh, '>', "$dir/req.$i" or die $!;
            print $fh $q->{body};
            close $fh;
            push @args, '--data-binary', "\@$dir/req.$i";
        }
        push @args, $server->tls_url($q->{path});
    }
    unshift @args, '-s', '--parallel' if $parallel;
    open my $fh, '-|', 'curl', @args or die "curl: $!";
    # each line says which request it is about (--parallel: in any order)
    my @stats;
    /^(\d+) (\{.*)/ and $stats[$1] = JSON::PP::decode_json($2) for <$fh>;
    close $fh;
    die 'curl answered ' . scalar(grep { $_ } @stats) . ' of ' . scalar(@reqs) . ' requests'
        unless @reqs == grep { $_ } @stats;
    my @out;
    for my $i (0 .. $#reqs) {
        my %r = (code => $stats[$i]{http_code}, version => $stats[$i]{http_version},
                 connects => $stats[$i]{num_connects}, headers => {}, cookies => {});
        open my $h, '<', "$dir/head.$i" or die "head.$i: $!";
        for my $line (<$h>) {
            $line =~ s/\r?\n\z//;
            next unless $line =~ /^([^:\s]+):\s*(.*)$/;
            my ($name, $value) = (lc $1, $2);
            push @{ $r{headers}{$name} }, $value;
            $r{cookies}{$1} = $value if $name eq 'set-cookie' && $value =~ /^([^=;]+)=/;
        }
        close $h;
        # (curl makes no file for an empty body)
        $r{body} = '';
        if (open my $b, '<', "$dir/body.$i") { local $/; $r{body} = <$b> // '' }
        push @out, \%r;
    }
    return @out;
}

# What a browser sends when it navigates, and what a script sends.
sub nav_headers { (Accept => 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
                   'Sec-Fetch-Mode' => 'navigate') }
sub xhr_headers { (Accept => 'application/json', 'X-Requested-With' => 'XMLHttpRequest') }

1;
