package org.unodc.rt.domain.resolution;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.unodc.rt.domain.resolution.text.Addressee;

/** Stores a short list of addressee codes as "MEMBER_STATES,UNODC": they are read together, never queried apart. */
@Converter
public class AddresseeListConverter implements AttributeConverter<List<Addressee>, String> {

    @Override
    public String convertToDatabaseColumn(List<Addressee> addressees) {
        if (addressees == null || addressees.isEmpty()) {
            return null;
        }
        return String.join(",", addressees.stream().map(Enum::name).toList());
    }

    @Override
    public List<Addressee> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(","))
                .map(String::strip)
                .map(Addressee::valueOf)
                .toList();
    }
}
