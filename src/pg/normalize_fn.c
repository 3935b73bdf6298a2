/*
 * normalize_fn.c
 *		SQL functions normalize(), tokens() and phonetic().
 */
#include "sn_pg.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "phonetic.h"

PG_FUNCTION_INFO_V1(sanctions_normalize);
PG_FUNCTION_INFO_V1(sanctions_tokens);
PG_FUNCTION_INFO_V1(sanctions_phonetic);

Datum
sanctions_normalize(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	sn_buf		b;

	sn_pg_normalize(in, &b);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(b.data, b.len));
}

/* Build a text[] of the canonical tokens, or of their phonetic keys. */
static Datum
token_array(text *in, bool phonetic)
{
	sn_buf		b;
	ArrayBuildState *astate = NULL;
	size_t		i = 0;

	sn_pg_normalize(in, &b);
	while (i < b.len)
	{
		size_t		j = i;

		while (j < b.len && b.data[j] != ' ')
			j++;
		if (phonetic)
		{
			char		key[SN_PHONETIC_MAX + 1];
			size_t		klen = sn_phonetic_key(b.data + i, j - i, key);

			astate = accumArrayResult(astate,
									  PointerGetDatum(cstring_to_text_with_len(key, klen)),
									  false, TEXTOID, CurrentMemoryContext);
		}
		else
			astate = accumArrayResult(astate,
									  PointerGetDatum(cstring_to_text_with_len(b.data + i, j - i)),
									  false, TEXTOID, CurrentMemoryContext);
		i = j + 1;
		CHECK_FOR_INTERRUPTS();
	}
	if (astate == NULL)
		return PointerGetDatum(construct_empty_array(TEXTOID));
	return makeArrayResult(astate, CurrentMemoryContext);
}

Datum
sanctions_tokens(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(token_array(PG_GETARG_TEXT_PP(0), false));
}

Datum
sanctions_phonetic(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(token_array(PG_GETARG_TEXT_PP(0), true));
}
