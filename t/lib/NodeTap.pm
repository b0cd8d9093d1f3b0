package NodeTap;
# Runs a node script that prints TAP (t/browser/*.js, devrps/t/crypto.js) for a
# Perl test file, which then reports each of its steps as one of its own oks.
use strict;
use warnings;
use Exporter 'import';
use POSIX ();

our @EXPORT_OK = qw(node_bin run_tap report_tap);

# $ENV{NODE}, else node (or nodejs) on the PATH; undef when there is none.
sub node_bin {
    return $ENV{NODE} if $ENV{NODE};
    my ($n) = grep { -x $_ } map { ("$_/node", "$_/nodejs") } split /:/, ($ENV{PATH} || '');
    return $n;
}

# run_tap(SECONDS, SCRIPT, ARGS...): runs the script in a process group of its own (a hung run is ended
# with everything it started, after SECONDS), its stderr with its stdout. Returns
#   {planned => N (undef without a plan), steps => [[passed, name, diagnostics]...] (1 .. planned),
#    notes => [the "#" lines before the first step], ok => finished in time with exit status 0 and a plan,
#    why => what went wrong (and the output that is not a step), lines => [the whole output]}.
sub run_tap {
    my ($limit, $script, @args) = @_;
    my $node = node_bin() or die "node is not installed\n";
    my $pid = open(my $out, '-|');
    die "fork: $!" unless defined $pid;
    if (!$pid) {
        POSIX::setpgid(0, 0);
        open STDERR, '>&', \*STDOUT or die "dup: $!";
        exec $node, $script, @args or POSIX::_exit(127);
    }
    my $timed_out = 0;
    local $SIG{ALRM} = sub { $timed_out = 1; kill 'KILL', -$pid; };
    alarm $limit;
    my @lines = <$out>;
    alarm 0;
    close $out;
    my $status = $?;
    my ($planned) = map { /^1\.\.(\d+)\s*$/ ? $1 : () } @lines;
    my (%result, $last, @notes);
    for (@lines) {
        if (/^(not )?ok (\d+) - (.*?)\s*$/) { $result{$2} = [!$1, $3, '']; $last = $2 }
        elsif (/^#/ && $last) { $result{$last}[2] .= s/^#\s?//r }
        elsif (/^#/) { push @notes, s/^#\s?//r }
    }
    my @steps = map { $result{$_} || [0, "step $_ (no result)", ''] } 1 .. ($planned || 0);
    return {steps => \@steps, planned => $planned, notes => \@notes, lines => \@lines,
            ok => !$timed_out && $status == 0 && $planned,
            why => $timed_out ? "killed after $limit s"
                              : "exit status $status\n" . join '', grep { !/^(not )?ok / } @lines};
}

# One ok per step of a run_tap result, named "PREFIX: step", with its diagnostics when it failed, and one
# for the script's end ("PREFIX: the script finished in time and exited 0"). Tests: planned + 1.
sub report_tap {
    my ($prefix, $run) = @_;
    local $Test::Builder::Level = $Test::Builder::Level + 1;
    Test::More::note($_) for @{ $run->{notes} };
    for my $s (@{ $run->{steps} }) {
        Test::More::ok($s->[0], "$prefix: $s->[1]") or $s->[2] eq '' or Test::More::diag($s->[2]);
    }
    Test::More::ok($run->{ok}, "$prefix: the script finished in time and exited 0") or Test::More::diag($run->{why});
}

1;
