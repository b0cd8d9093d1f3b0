package StoreDaemon;
# A redis or memcached of one test, on a port of its own, that the test can
# stop and start again (a store outage), leaving t/run's shared redis alone.
#
#   my $d = StoreDaemon->start('redis');      # or 'memcache'
#   $d->port;  $d->spec;   # "redis:127.0.0.1:<port>", for MpinSessionStore
#   $d->stop;  $d->start_again;
#
# Both keep their data across the stop, as a production store does: redis
# saves its dataset when it is stopped (SIGTERM with a save point) and reads
# it back; memcached runs restartable (-e, a memory file) and is stopped
# with SIGUSR1, which keeps the items for the next start.
use strict;
use warnings;
use File::Temp qw(tempdir);
use IO::Socket::INET ();
use POSIX ();
use Time::HiRes qw(sleep time);
use MpinServer qw(free_port);

my %RUNNING;
END { local ($?, $!); kill 'TERM', $_ for keys %RUNNING }

sub start {
    my ($class, $kind) = @_;
    die "kind must be redis or memcache" unless $kind =~ /^(redis|memcache)$/;
    my $dir = tempdir('mpin-store.XXXXXX', TMPDIR => 1, CLEANUP => 1);
    # memcached drops root for nobody, who must write its memory file
    chmod 0777, $dir;
    my $self = bless { kind => $kind, dir => $dir, port => free_port() }, $class;
    $self->start_again;
    return $self;
}

sub port { $_[0]{port} }
sub spec { "$_[0]{kind}:127.0.0.1:$_[0]{port}" }

sub _command {
    my $self = shift;
    my ($dir, $port) = @$self{qw(dir port)};
    return ('redis-server', '--port', $port, '--bind', '127.0.0.1', '--save', '3600 1',
            '--appendonly', 'no', '--dir', $dir, '--logfile', "$dir/redis.log")
        if $self->{kind} eq 'redis';
    # 64 MB: the least a restartable memcached accepts
    return ('memcached', ($> == 0 ? ('-u', 'nobody') : ()), '-p', $port, '-l', '127.0.0.1',
            '-U', '0', '-m', '64', '-e', "$dir/memory");
}

sub _answers {
    my $self = shift;
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $self->{port}, Timeout => 1)
        or return 0;
    close $s;
    return 1;
}

# Starts the daemon (again, on the same port and with the same data) and
# returns once it accepts connections.
sub start_again {
    my $self = shift;
    die "already running" if $self->{pid};
    # memcached restores nothing ("restart incompatible due to setting for
    # [stop_time]") when its saved stop time is not yet in the past
    sleep 0.1 while $self->{stopped} && time < $self->{stopped} + 2;
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        open STDOUT, '>>', "$self->{dir}/out.log";
        open STDERR, '>&', \*STDOUT;
        exec $self->_command or POSIX::_exit(127);
    }
    $self->{pid} = $pid;
    $RUNNING{$pid} = 1;
    my $end = time + 30;
    sleep 0.05 while !$self->_answers && time < $end && !waitpid($pid, POSIX::WNOHANG());
    die "$self->{kind} did not start on port $self->{port}: " . $self->log unless $self->_answers;
    return $self;
}

# Stops it the way that keeps its data, and returns once it is gone.
sub stop {
    my $self = shift;
    my $pid = delete $self->{pid} or return;
    kill($self->{kind} eq 'redis' ? 'TERM' : 'USR1', $pid);
    my $end = time + 30;
    sleep 0.05 while !waitpid($pid, POSIX::WNOHANG()) && time < $end;
    if (kill 0, $pid) { kill 'KILL', $pid; waitpid $pid, 0 }
    delete $RUNNING{$pid};
    $self->{stopped} = time;
    die "$self->{kind} still answers on port $self->{port}" if $self->_answers;
    return $self;
}

sub log {
    my $self = shift;
    my $text = '';
    for my $f ("$self->{dir}/out.log", "$self->{dir}/redis.log") {
        open my $fh, '<', $f or next;
        local $/;
        $text .= <$fh> // '';
    }
    return $text;
}

sub DESTROY {
    my $self = shift;
    local ($?, $!);
    my $pid = $self->{pid} or return;
    kill 'TERM', $pid;
    delete $RUNNING{$pid};
}

1;
