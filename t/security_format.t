# Security item 9: no request- or RPS-controlled string ever reaches a format
# argument.  The build has -Wformat -Wformat-security -Werror (checked in the
# Makefile), and every call of a printf-style function in the sources has a
# string literal (or MPINLOGNO(...) "literal") as its format.
use strict;
use warnings;
use Apache::Test qw(-withtestmore);

my %format_arg = (    # function => index of the format argument (0-based)
    ap_log_error => 4, ap_log_rerror => 4, ap_log_perror => 4, ap_log_cerror => 4,   # APLOG_MARK is one
    apr_psprintf => 1, ap_rprintf => 1, apr_snprintf => 2,
);
my @calls;
for my $file (glob('src/*/*.c'), 'mod_mpin_rpa.c') {
    my $src = do { local $/; open my $fh, '<', $file or die; <$fh> };
    while ($src =~ /\b(ap_log_(?:r|c|p)?error|apr_psprintf|ap_rprintf|apr_snprintf)\s*\(/g) {
        my ($fn, $start) = ($1, pos $src);
        # split the argument list at top-level commas
        my ($depth, $arg, $in_str, @args) = (1, '', 0);
        for my $i ($start .. length($src) - 1) {
            my $c = substr $src, $i, 1;
            if ($in_str) { $arg .= $c; $in_str = 0 if $c eq '"' && substr($src, $i - 1, 1) ne '\\'; next }
            if ($c eq '"') { $in_str = 1; $arg .= $c; next }
            $depth++ if $c eq '(';
            $depth-- if $c eq ')';
            if ($depth == 0) { push @args, $arg; last }
            if ($c eq ',' && $depth == 1) { push @args, $arg; $arg = ''; next }
            $arg .= $c;
        }
        my $line = 1 + (() = substr($src, 0, $start) =~ /\n/g);
        push @calls, [$file, $line, $fn, $args[$format_arg{$fn}] // ''];
    }
}

my $makefile = do { local $/; open my $fh, '<', 'Makefile' or die; <$fh> };
plan tests => 2 + @calls;
Test::More->builder->failure_output(\*STDERR);
like($makefile, qr/^WARN\s*:=.*-Wformat\b.*-Wformat-security/m, 'the module builds with -Wformat -Wformat-security');
like($makefile, qr/^WARN\s*:=.*-Werror/m, '... as errors');
for my $c (@calls) {
    my ($file, $line, $fn, $fmt) = @$c;
    $fmt =~ s/^\s+|\s+$//g;
    like($fmt, qr/^(?:MPINLOGNO\(\d+\)\s*)?"/, "$file:$line $fn has a literal format");
}
