// Raw DEFLATE (RFC 1951) through zlib, for native builds.
#include <zlib.h>

#include "passaparola/share_link.hpp"

namespace passaparola {

std::string deflate_raw(std::string_view bytes) {
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

Outcome<std::string> inflate_raw(std::string_view compressed, std::size_t max_bytes) {
    z_stream stream{};
    if (inflateInit2(&stream, -15) != Z_OK) return std::vector<Problem>{{"link", "could not be decompressed", ""}};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    char chunk[4096];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk, sizeof chunk - stream.avail_out);
        if (out.size() > max_bytes) {
            inflateEnd(&stream);
            return std::vector<Problem>{{"link", "must hold at most " + std::to_string(max_bytes / 1024) +
                                                     " KiB once decompressed", "more"}};
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) {
        return std::vector<Problem>{{"link", "must be raw DEFLATE data", "damaged or cut-off data"}};
    }
    if (stream.avail_in != 0) return std::vector<Problem>{{"link", "must be raw DEFLATE data", "extra bytes after the end"}};
    return out;
}

}  // namespace passaparola
