/*
 * normalize_lines.c
 *		A filter: one name per input line, its canonical form per output line.
 *
 * Used by gen_token_freq.py to count tokens exactly as the extension
 * tokenises them, without a server.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"

int
main(void)
{
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		n;
	sn_buf		b;
	sn_error	err;

	sn_buf_init(&b, 256);
	while ((n = getline(&line, &cap, stdin)) >= 0)
	{
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		b.len = 0;
		b.data[0] = '\0';
		if (sn_normalize(line, (size_t) n, &b, &err) != SN_OK)
		{
			fprintf(stderr, "normalize_lines: %s\n", err.message);
			return 1;
		}
		fputs(b.data, stdout);
		fputc('\n', stdout);
	}
	free(line);
	sn_buf_free(&b);
	return 0;
}
