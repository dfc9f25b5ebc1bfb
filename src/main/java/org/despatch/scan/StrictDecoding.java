package org.despatch.scan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes decoded only where they are valid in a charset: {@code new String(bytes, charset)} replaces what is not, and
 * so cannot tell a name, a sample or a file in that charset from one that is not.
 */
public final class StrictDecoding {

    private StrictDecoding() {
    }

    /** The bytes decoded, or null where they are not valid in the charset. */
    public static String orNull(byte[] bytes, Charset charset) {
        return orNull(bytes, 0, bytes.length, charset);
    }

    /** The range of bytes decoded, or null where it is not valid in the charset. */
    public static String orNull(byte[] bytes, int offset, int length, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException notInIt) {
            return null;
        }
    }

    /** Whether the bytes are valid UTF-8. */
    public static boolean isUtf8(byte[] bytes) {
        return orNull(bytes, StandardCharsets.UTF_8) != null;
    }
}
