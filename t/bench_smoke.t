# bench/run --quick runs end to end (about a second per series, plus set-up)
# and its table has numbers for every series: this keeps the benchmark from
# rotting.  The figures themselves are not judged here: bench/run is a
# benchmark, not a test (bench/README.md).
use strict;
use warnings;
use FindBin;
use Apache::Test qw(-withtestmore);
use File::Temp qw(tempdir);

my $top = "$FindBin::Bin/..";
my @SERIES = qw(A B C D E E2 F L0 L1);
# the sessions-at-scale instances (issue 15): 10,000 sessions and full, shmcb and redis
my @SCALE = qw(SB1 SB2 SC1 SC2);
# may be skipped by bench/run, with the reason in the table
my %MAY_SKIP = (F => 'libapache2-mod-auth-tkt', C => 'redis');

my $have_wrk = grep { -x "$_/wrk" } split /:/, ($ENV{PATH} || '');
# as root bench/run installs wrk itself (apt-get)
plan skip_all => 'wrk is not installed (apt-get install wrk)' unless $have_wrk || $> == 0;
# the benchmark builds and measures the production module with the stock httpd; the sanitizer run
# (make test SANITIZE=1) covers the module through every other test
plan skip_all => 'not with SANITIZE=1: the benchmark measures the production build' if $ENV{SANITIZE};
plan tests => 8 + @SERIES + @SCALE;
Test::More->builder->failure_output(\*STDERR);

# --help exits before anything starts: nothing on stderr (its END block once compared an unset pid)
my $help_err = `'$top/bench/run' --help 2>&1 >/dev/null`;
ok($? == 0 && $help_err eq '', 'bench/run --help exits 0 and warns nothing') or diag($help_err);

my $dir = tempdir(CLEANUP => 1);
my $out = "$dir/RESULTS.md";
# bench/run makes its temporary folder in $TMPDIR: one of this test's own,
# so that what is left there is this run's, whatever other benchmarks run
# beside it (in /tmp); sticky and world-writable like /tmp, as httpd's
# children run as nobody
my $tmp = "$dir/tmp";
mkdir $tmp or die "$tmp: $!";
chmod 0755, $dir;
chmod 01777, $tmp;
my $t0 = time;
system("TMPDIR='$tmp' '$top/bench/run' --quick --out '$out' >'$dir/run.log' 2>&1");
my $rc = $? >> 8;
my $log = do { local (@ARGV, $/) = "$dir/run.log"; <> } // '';
ok($rc == 0, "bench/run --quick exits 0 (in " . (time - $t0) . ' s)')
    or diag(join "\n", (split /\n/, $log)[-40 .. -1]);

my $md = -f $out ? do { local (@ARGV, $/) = $out; <> } : '';
like($md, qr/^- Command: `bench\/run --quick --out /m, 'the results name the command');

my %row;
for my $line (split /\n/, $md) {
    my @c = map { s/^\s+|\s+$//gr } split /\|/, $line;
    $row{ $c[1] } = [@c[3 .. 5]] if @c > 5 && grep { $_ eq $c[1] } @SERIES;
}
for my $id (@SERIES) {
    my $r = $row{$id};
    if ($r && $MAY_SKIP{$id} && $r->[0] =~ /^skipped: (.+)/) {
        pass("$id skipped by bench/run: $1");
        next;
    }
    ok($r && $r->[0] =~ /^\d+$/ && $r->[0] > 0 && $r->[1] =~ /^[\d.]+$/ && $r->[2] =~ /^[\d.]+$/,
       "$id has req/s, p50 and p99") or diag("row: " . ($r ? "@$r" : 'missing'));
}
like($md, qr/^\| B >= 0\.95 x A \| (?:met|MISSED) \|/m, 'the targets are marked met or missed');

# the scale table: | instance | store | filled by | req/s | p50 | p99 | ...
my $redis = $md !~ /^\| C \| [^|]+\| skipped/m;
my %srow;
for my $line (split /\n/, $md) {
    my @c = map { s/^\s+|\s+$//gr } split /\|/, $line;
    $srow{ $c[1] } //= [@c[4 .. 6]] if @c > 6 && grep { $_ eq $c[1] } @SCALE;   # the first table
}
for my $id (@SCALE) {
    if ($id =~ /^SC/ && !$redis) { pass("$id: no redis"); next }
    my $r = $srow{$id};
    ok($r && $r->[0] =~ /^\d+$/ && $r->[0] > 0 && $r->[1] =~ /^[\d.]+$/ && $r->[2] =~ /^[\d.]+$/,
       "$id (new connections, sessions at scale) has req/s, p50 and p99") or diag("row: " . ($r ? "@$r" : 'missing'));
}
# every filled store checked at the end, through the module
like($md, qr/^\| [\d,]+ live sessions in shmcb, all valid at the end \| met \|/m,
     'every session of the full shmcb store is valid at the end');
like($md, qr/^\| SB1 \| \d+ \| \d+ \| 0 \| 0 \| 200:\d+ \|$/m,
     'httpd logged the check run of SB1 with no reused connection');
like($md, qr/^\| FL1 \| [^|]+ \| [\d,]+ \| \d+ \| \d+ \| [^|]+ \| ([\d,]+) of \1 \|/m,
     'the flood series ran and every session was valid after it');
opendir my $dh, $tmp or die "$tmp: $!";
is_deeply([grep { !/^\.\.?$/ } readdir $dh], [], 'its temporary folder is gone');
