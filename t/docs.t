# Every directive of the module's command table is documented in the README's
# directive table, and every handler name in the handler table; every log
# message has an id of its own.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);

my $config = do { local $/; open my $fh, '<', 'src/config/directives.c' or die; <$fh> };
my $module = do { local $/; open my $fh, '<', 'mod_mpin_rpa.c' or die; <$fh> };
my $readme = do { local $/; open my $fh, '<', 'README.md' or die; <$fh> };

my @directives = $config =~ /AP_INIT_\w+\("(Mpin\w+)"/g;
my @handlers = $module =~ /\{"(mpin-[\w-]+)", mpin_handler_\w+(?:, \d+)?\}/g;

# every MPINLOGNO(NNNNN) in the module's sources, with where it stands
my (%ids, $sources);
for my $file ('mod_mpin_rpa.c', sort(glob('src/*.[ch]'), glob('src/*/*.[ch]'))) {
    open my $fh, '<', $file or die "$file: $!";
    $sources++;
    while (my $line = <$fh>) {
        push @{$ids{$1}}, "$file:$." while $line =~ /MPINLOGNO\((\d+)\)/g;
    }
}

plan tests => 4 + @directives + @handlers;
Test::More->builder->failure_output(\*STDERR);

cmp_ok(scalar @directives, '>=', 30, 'found the command table (' . scalar(@directives) . ' directives)');
cmp_ok(scalar @handlers, '>=', 10, 'found the handler table (' . scalar(@handlers) . ' handlers)');
# the rows of the README's tables: cells split at pipes that are not escaped
my %row;
for my $line (split /\n/, $readme) {
    next unless $line =~ /^\|/;
    my @cells = map { s/^\s+|\s+$//gr } split /(?<!\\)\|/, $line;
    shift @cells;
    $row{$1} = \@cells if @cells && $cells[0] =~ /^`(Mpin\w+)/;
}
for my $d (@directives) {
    my $cells = $row{$d};
    ok($cells && @$cells == 4 && $cells->[1] =~ /server|dir/ && length $cells->[3],
       "README documents $d (syntax | context | default | meaning)");
}
for my $h (@handlers) {
    like($readme, qr/^\| `\Q$h\E` \|/m, "README documents the handler $h");
}

cmp_ok(scalar keys %ids, '>=', 80, "found the log ids in $sources source files (" . scalar(keys %ids) . ')');
my @shared = map { "MPIN$_ in " . join(', ', @{$ids{$_}}) } grep { @{$ids{$_}} > 1 } sort keys %ids;
is_deeply(\@shared, [], 'every log message has an id of its own (MPINLOGNO never used twice)');
